import AlmanacModel
import Foundation

/// A council's progress through the practice steps, shaped for a committee report.
///
/// Every piece of text in it, the almanac's and people's, has been through `DisplayText.safe`, so
/// the renderers only add their own format's escaping.
public struct ProgressReport: Hashable, Sendable {
    /// The almanac's title.
    public var title: String
    public var generatedAt: Date
    /// Steps due before this day and not done (nor not applicable) are overdue.
    public var today: CalendarDay
    public var outcomes: [OutcomeReport]
    /// True when the report says who set each field and what members answered (`export --who`).
    public var showsWho = false
    /// The review the report counts movement from (`export --since`), if any.
    public var since: ReportSince?

    public init(title: String, generatedAt: Date, today: CalendarDay, outcomes: [OutcomeReport], showsWho: Bool = false) {
        self.title = title
        self.generatedAt = generatedAt
        self.today = today
        self.outcomes = outcomes
        self.showsWho = showsWho
    }

    /// The counts over all outcomes.
    public var totals: Tally { outcomes.map(\.tally).reduce(Tally(), +) }

    /// Every overdue step with its outcome, earliest due first (content order among equals):
    /// what a committee asks about first.
    public var overdue: [(outcome: OutcomeReport, step: StepRow)] {
        outcomes.flatMap { o in o.steps.filter(\.overdue).map { (outcome: o, step: $0) } }
            .enumerated()
            .sorted { ($0.element.step.due ?? "", $0.offset) < ($1.element.step.due ?? "", $1.offset) }
            .map(\.element)
    }
}

/// One outcome's steps and counts.
public struct OutcomeReport: Hashable, Sendable {
    public var id: String
    public var number: Int
    public var title: String
    public var steps: [StepRow]

    public init(id: String, number: Int, title: String, steps: [StepRow]) {
        self.id = id
        self.number = number
        self.title = title
        self.steps = steps
    }

    public var tally: Tally { Tally(steps) }

    /// With `--who`: how many steps members answered differently.
    public var disagreements: Int { steps.filter { $0.answers != nil }.count }

    /// `Members answer 2 steps differently.` for a team's report; nil when they agree.
    public var disagreementSentence: String? {
        let n = disagreements
        return n == 0 ? nil : "Members answer \(n) step\(n == 1 ? "" : "s") differently (see Answers)."
    }
}

/// One practice step with what the council recorded for it.
public struct StepRow: Hashable, Sendable {
    public var id: String
    public var themeNumber: Int
    public var themeTitle: String
    public var text: String
    public var status: StepStatus
    public var owner: String?
    /// As recorded; not necessarily a valid date.
    public var due: String?
    public var note: String?
    public var changed: Date?
    /// Due before the report's day, and neither done nor not applicable.
    public var overdue: Bool
    /// For a team (`--who`): who last set each field, `status: Sam Jones, 2026-12-01; note: …`.
    public var who: String?
    /// For a team (`--who`), when members answered differently: `done: Ann, Sam; in progress: Jo`.
    public var answers: String?
    /// Links and references, in the order added.
    public var evidence: [ReportEvidence] = []
    /// Why it is not applicable: only for a step that is.
    public var reason: String?

    public init(id: String, themeNumber: Int, themeTitle: String, text: String, status: StepStatus,
                owner: String?, due: String?, note: String?, changed: Date?, overdue: Bool) {
        self.id = id
        self.themeNumber = themeNumber
        self.themeTitle = themeTitle
        self.text = text
        self.status = status
        self.owner = owner
        self.due = due
        self.note = note
        self.changed = changed
        self.overdue = overdue
    }
}

/// Counts for a summary row. Not-applicable steps leave `applicable`, the denominator.
public struct Tally: Hashable, Sendable {
    public var total = 0
    public var notApplicable = 0
    public var done = 0
    public var inProgress = 0
    public var overdue = 0

    public init() {}

    public init(_ steps: [StepRow]) {
        // The model's one counting rule.
        var counted = StepTally()
        for step in steps { counted.count(step.status) }
        total = steps.count
        notApplicable = counted.notApplicable
        done = counted.done
        inProgress = counted.inProgress
        overdue = steps.filter(\.overdue).count
    }

    public var applicable: Int { total - notApplicable }

    public static func + (a: Tally, b: Tally) -> Tally {
        var t = Tally()
        t.total = a.total + b.total
        t.notApplicable = a.notApplicable + b.notApplicable
        t.done = a.done + b.done
        t.inProgress = a.inProgress + b.inProgress
        t.overdue = a.overdue + b.overdue
        return t
    }
}
