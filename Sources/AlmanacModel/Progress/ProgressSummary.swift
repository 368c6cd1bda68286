/// Counts of a progress file against the content: overall, per outcome, and the steps that
/// need attention. "Total" counts applicable steps only: marking a step not applicable removes
/// it from the count rather than counting it as done.
public struct ProgressSummary: Hashable, Sendable {
    public struct OutcomeCount: Hashable, Sendable, Codable {
        public var outcome: String
        public var number: Int
        public var title: String
        public var done: Int
        /// Applicable steps.
        public var total: Int
        public var inProgress: Int
        public var notApplicable: Int
    }

    public struct StepEntry: Hashable, Sendable, Codable {
        public var id: String
        public var status: StepStatus
        public var owner: String?
        public var due: String?
        public var note: String?

        public init(id: String, status: StepStatus, owner: String? = nil, due: String? = nil, note: String? = nil) {
            self.id = id
            self.status = status
            self.owner = owner
            self.due = due
            self.note = note
        }
    }

    public var outcomes: [OutcomeCount]
    public var done: Int
    public var total: Int
    public var notApplicable: Int
    /// In content order.
    public var inProgress: [StepEntry]
    /// Due before `today` and neither done nor not applicable, in due-date order.
    public var overdue: [StepEntry]
    /// Ids in the file that the content does not have (another edition); they are kept.
    public var unknownIDs: [String]

    /// `today` is a calendar date `YYYY-MM-DD`.
    public init(_ progress: Progress, outcomes: some Collection<Outcome>, today: String) {
        var counts: [OutcomeCount] = []
        var inProgress: [StepEntry] = []
        var overdue: [StepEntry] = []
        var known = Set<String>()
        for outcome in outcomes {
            var tally = StepTally()
            for step in outcome.steps {
                known.insert(step.id)
                let p = progress.steps[step.id]
                let status = p?.status ?? .notStarted
                tally.count(status)
                guard let p else { continue }
                let entry = StepEntry(id: step.id, status: status, owner: p.owner, due: p.due, note: p.note)
                if status == .inProgress { inProgress.append(entry) }
                if p.isOverdue(today: today) { overdue.append(entry) }
            }
            let count = OutcomeCount(outcome: outcome.id, number: outcome.number, title: outcome.title,
                                     done: tally.done, total: tally.applicable, inProgress: tally.inProgress,
                                     notApplicable: tally.notApplicable)
            counts.append(count)
        }
        self.outcomes = counts
        self.done = counts.reduce(0) { $0 + $1.done }
        self.total = counts.reduce(0) { $0 + $1.total }
        self.notApplicable = counts.reduce(0) { $0 + $1.notApplicable }
        self.inProgress = inProgress
        self.overdue = overdue.enumerated().sorted { ($0.element.due ?? "", $0.offset) < ($1.element.due ?? "", $1.offset) }.map(\.element)
        self.unknownIDs = progress.steps.keys.filter { !known.contains($0) }.sorted()
    }

    /// A text bar such as `[######--------------]`, `width` cells inside the brackets.
    public static func bar(done: Int, total: Int, width: Int = 20) -> String {
        let filled = total == 0 ? 0 : min(width, done * width / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}
