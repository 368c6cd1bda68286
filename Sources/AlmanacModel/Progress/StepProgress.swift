import Foundation

/// Where a practice step stands for a council.
public enum StepStatus: String, CaseIterable, Codable, Sendable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done = "done"
    case notApplicable = "not-applicable"
}

/// What is recorded for one step. Ticking means `done`; un-ticking means `not-started`.
public struct StepProgress: Hashable, Codable, Sendable {
    public var status: StepStatus
    public var note: String?
    public var owner: String?
    /// A calendar date, `YYYY-MM-DD`.
    public var due: String?
    /// When this step last changed; the later change wins in a merge.
    public var changed: Date

    public init(status: StepStatus = .notStarted, note: String? = nil, owner: String? = nil,
                due: String? = nil, changed: Date) {
        self.status = status
        self.note = note
        self.owner = owner
        self.due = due
        self.changed = changed
    }
}

extension StepProgress {
    /// The one overdue rule, for the guide, `status` and every export: still open (not done,
    /// not applicable) and due before `today` (`YYYY-MM-DD`, which sort as text). A due date
    /// that is not a real date (a hand-edited file) is never overdue.
    public func isOverdue(today: String) -> Bool {
        guard status == .notStarted || status == .inProgress, let due else { return false }
        return Timestamp.isCalendarDate(due) && due < today
    }
}

/// Where the user last was, so the guide and the walkthrough can resume there.
public struct Position: Hashable, Codable, Sendable {
    public var outcome: String?
    public var part: String?
    public var step: String?
    public var walkthrough: String?

    public init(outcome: String? = nil, part: String? = nil, step: String? = nil, walkthrough: String? = nil) {
        self.outcome = outcome
        self.part = part
        self.step = step
        self.walkthrough = walkthrough
    }
}

/// A council's progress through the 108 steps: the contents of a progress file.
///
/// Steps are keyed by id; ids the current content does not know (another edition) are kept.
public struct Progress: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public var version: Int
    public var steps: [String: StepProgress]
    public var position: Position

    public init(version: Int = Progress.schemaVersion, steps: [String: StepProgress] = [:],
                position: Position = Position()) {
        self.version = version
        self.steps = steps
        self.position = position
    }

    public func status(of id: String) -> StepStatus { steps[id]?.status ?? .notStarted }
}

extension Progress {
    /// With every `changed` rounded to the millisecond, as a file stores it, so that what was
    /// saved compares equal to what is read back.
    public var asStored: Progress {
        var p = self
        for (id, step) in steps { p.steps[id]?.changed = Timestamp.rounded(step.changed) }
        return p
    }
}
