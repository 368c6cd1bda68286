import AlmanacModel

/// One step of the 12 outcomes, where it sits in the almanac.
public struct WorkEntry: Hashable, Sendable {
    public var outcome: Int
    /// Its place in the outcome's checklist.
    public var index: Int
    /// Its place among all the steps: ties in due date keep this order.
    public var order: Int
    public var step: Step
    /// `10.1.1`: outcome number, theme, step, the way people say it.
    public var number: String
}

/// My work: every step of the 12 outcomes as one list, filtered and sorted by due date.
public struct MyWorkState: Hashable, Sendable {
    public var all: [WorkEntry] = []
    public var filters = MyWorkFilters()
    /// The entries on show (indices into `all`), in order; made by `GuideApp.refreshMyWork`.
    public internal(set) var rows: [Int] = []
    public var selected = 0
    /// The selected step, so that the selection follows it when the list changes under it.
    public var selectedID: String?
    public var scroll = 0
    /// Steps changed from this view: they stay on show though they no longer match, until a
    /// filter changes or the view is opened again, so that a tick never pulls the row away.
    public var kept: Set<String> = []
    /// Where the main screen was while the step editor, opened from here, has its step.
    var editing: Place?

    /// The main screen's place: the editor edits the checklist's selected step.
    struct Place: Hashable, Sendable {
        var outcome, part, step: Int
        var focus: Focus
        var scroll: Int
    }

    public init() {}

    /// The outcomes by position; the introduction, the annexes and outcomes that did not load
    /// have no entries.
    public init(outcomes: [Outcome?], chapters: Int) {
        for (oi, o) in outcomes.enumerated() where oi < chapters {
            guard let o else { continue }
            for (si, s) in o.steps.enumerated() {
                let tail = s.id.split(separator: ".").suffix(2).joined(separator: ".")
                all.append(WorkEntry(outcome: oi, index: si, order: all.count, step: s, number: "\(o.number).\(tail)"))
            }
        }
    }

    /// The entries `filters` let through (and `kept`), soonest due first: overdue steps, then
    /// dated ones by date, then those with no date (or one that is not a date), ties in the
    /// almanac's order.
    func matching(_ progress: AlmanacModel.Progress, today: String, changed: Set<String>) -> [Int] {
        var out: [(group: Int, due: String, index: Int)] = []
        for (i, e) in all.enumerated() {
            let p = progress.steps[e.step.id]
            guard kept.contains(e.step.id) || filters.admits(p, today: today, changed: changed.contains(e.step.id)) else { continue }
            let due = p?.due.flatMap { Timestamp.isCalendarDate($0) ? $0 : nil }
            let group = p?.isOverdue(today: today) == true ? 0 : due == nil ? 2 : 1
            out.append((group, due ?? "", i))
        }
        out.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.due != b.due { return a.due < b.due }
            return all[a.index].order < all[b.index].order
        }
        return out.map(\.index)
    }

    /// The owners named in `progress` among these steps, one spelling each, in alphabetical order.
    func owners(in progress: AlmanacModel.Progress) -> [String] {
        var seen: [String: String] = [:]
        for e in all {
            guard let owner = progress.steps[e.step.id]?.owner, let key = MyWorkFilters.ownerKey(owner), seen[key] == nil else { continue }
            seen[key] = owner.trimmingSpaces
        }
        return seen.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The selected entry, if any row is on show.
    public var current: WorkEntry? { rows.indices.contains(selected) ? all[rows[selected]] : nil }
}
