import AlmanacModel
import Foundation

/// What is left to do: the applicable steps not done, overdue first, for a committee to chase.
///
/// Built from a `ProgressReport`, so its rows (and their safe text) are the report's own.
public struct ActionPlan: Hashable, Sendable {
    /// How the actions after the overdue ones are ordered (`plan --by`).
    public enum Order: String, CaseIterable, Sendable {
        /// Earliest due first; no (or an unreadable) due date last.
        case due
        /// By owner, A to Z ignoring case; steps without an owner last.
        case owner
        /// In the almanac's order.
        case outcome
    }

    public struct Action: Hashable, Sendable {
        public var outcomeID: String
        public var outcomeNumber: Int
        public var outcomeTitle: String
        public var step: StepRow
    }

    /// The almanac's title.
    public var title: String
    /// The profile the progress came from, for the paper's heading; nil for the default file.
    public var profile: String?
    public var generatedAt: Date
    public var today: CalendarDay
    public var order: Order
    public var actions: [Action]
    /// Progress per outcome in the plan's scope (all outcomes, or the one `--outcome` chose).
    public var outcomes: [OutcomeReport]

    /// Owners typed as this (any case) mean "no owner" to `owner:`.
    public static let noOwner = "none"

    /// The plan from `report`, keeping only `outcome` (an id) and `owner` (any case; `none` for
    /// steps nobody owns) when given.
    public init(report: ProgressReport, order: Order = .due, owner: String? = nil, outcome: String? = nil,
                profile: String? = nil) {
        let outcomes = report.outcomes.filter { outcome == nil || $0.id == outcome }
        let wanted = owner.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let actions = outcomes.flatMap { o in
            o.steps.filter { $0.status == .notStarted || $0.status == .inProgress }
                .filter { step in wanted.map { Self.owner(step.owner, is: $0) } ?? true }
                .map { Action(outcomeID: o.id, outcomeNumber: o.number, outcomeTitle: o.title, step: $0) }
        }
        self.title = report.title
        self.profile = profile
        self.generatedAt = report.generatedAt
        self.today = report.today
        self.order = order
        self.outcomes = outcomes
        self.actions = Self.sorted(actions, by: order)
    }

    public var overdueCount: Int { actions.filter(\.step.overdue).count }

    /// `12 actions, 3 overdue.`
    public var summary: String {
        "\(Plural.count(actions.count, "action")), \(overdueCount) overdue."
    }

    private static func owner(_ owner: String?, is wanted: String) -> Bool {
        guard let owner else { return wanted == noOwner }
        return owner.trimmingCharacters(in: .whitespaces).lowercased() == wanted
    }

    /// Overdue first, earliest due first; then the rest by `order`. Ties keep the almanac's order,
    /// so the same progress always gives the same plan.
    static func sorted(_ actions: [Action], by order: Order) -> [Action] {
        func due(_ a: Action) -> String { a.step.due.flatMap { CalendarDay(iso: $0)?.description } ?? "~" }  // "~" sorts after digits
        func owner(_ a: Action) -> (Int, String) { a.step.owner.map { (0, $0.lowercased()) } ?? (1, "") }
        func key(_ a: Action) -> [String] {
            if a.step.overdue { return ["0", due(a)] }
            switch order {
            case .due: return ["1", due(a)]
            case .owner: let o = owner(a); return ["1", "\(o.0)", o.1, due(a)]
            case .outcome: return ["1"]
            }
        }
        return actions.enumerated()
            .sorted { x, y in
                let (kx, ky) = (key(x.element), key(y.element))
                return kx != ky ? kx.lexicographicallyPrecedes(ky) : x.offset < y.offset
            }
            .map(\.element)
    }
}

extension ActionPlan.Action {
    /// The note for a committee paper: on one line, at most `limit` characters, `…` when cut.
    public func shortNote(limit: Int = 200) -> String? {
        guard let note = step.note else { return nil }
        let line = note.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        guard line.count > limit else { return line }
        return line.prefix(limit - 1).trimmingCharacters(in: .whitespaces) + "…"
    }
}
