import Foundation

/// Where a practice step stands for a council.
public enum StepStatus: String, CaseIterable, Codable, Sendable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done = "done"
    case notApplicable = "not-applicable"
}

/// The things a person records about a step; each changes, and merges, on its own.
public enum StepField: String, CaseIterable, Hashable, Sendable, Codable {
    case status, note, owner, due, evidence, reason
}

/// When each field of a step last changed. A field that was never set is `never`, so any real
/// change to it, from any file, wins.
public struct FieldTimes: Hashable, Sendable {
    public static let never = Date(timeIntervalSince1970: 0)

    public var status: Date
    public var note: Date
    public var owner: Date
    public var due: Date
    public var evidence: Date
    public var reason: Date

    public init(status: Date = never, note: Date = never, owner: Date = never, due: Date = never,
                evidence: Date = never, reason: Date = never) {
        self.status = status
        self.note = note
        self.owner = owner
        self.due = due
        self.evidence = evidence
        self.reason = reason
    }

    /// Every field at one time: a step from a version 1 file, which had one time per step.
    /// (Version 1 had no evidence or reason, so those stay never set.)
    public init(all time: Date) { self.init(status: time, note: time, owner: time, due: time) }

    public subscript(field: StepField) -> Date {
        get {
            switch field {
            case .status: status
            case .note: note
            case .owner: owner
            case .due: due
            case .evidence: evidence
            case .reason: reason
            }
        }
        set {
            switch field {
            case .status: status = newValue
            case .note: note = newValue
            case .owner: owner = newValue
            case .due: due = newValue
            case .evidence: evidence = newValue
            case .reason: reason = newValue
            }
        }
    }

    /// The latest of them.
    public var latest: Date { max(max(max(status, note), max(owner, due)), max(evidence, reason)) }
}

/// What is recorded for one step. Ticking means `done`; un-ticking means `not-started`.
public struct StepProgress: Hashable, Sendable {
    public var status: StepStatus
    public var note: String?
    public var owner: String?
    /// A calendar date, `YYYY-MM-DD`.
    public var due: String?
    /// Links and references showing the step is done, in the order they were added. One field:
    /// a change sets the whole list, so a removal wins a merge with an older copy as a note does.
    public var evidence: [Evidence]
    /// Why the step does not apply; shown only while the status is not applicable.
    public var reason: String?
    /// When each field last changed; the later change of each field wins in a merge.
    public var times: FieldTimes

    /// A step whose given fields were all set at `changed` (tests, migration).
    public init(status: StepStatus = .notStarted, note: String? = nil, owner: String? = nil,
                due: String? = nil, evidence: [Evidence] = [], reason: String? = nil, changed: Date) {
        var times = FieldTimes(all: changed)
        if !evidence.isEmpty { times.evidence = changed }
        if reason != nil { times.reason = changed }
        self.init(status: status, note: note, owner: owner, due: due, evidence: evidence, reason: reason, times: times)
    }

    public init(status: StepStatus = .notStarted, note: String? = nil, owner: String? = nil,
                due: String? = nil, evidence: [Evidence] = [], reason: String? = nil, times: FieldTimes) {
        self.status = status
        self.note = note
        self.owner = owner
        self.due = due
        self.evidence = evidence
        self.reason = reason
        self.times = times
    }

    /// The reason, when the step is not applicable (the only time it means anything).
    public var shownReason: String? { status == .notApplicable ? reason : nil }

    /// A step nobody has touched: not started, nothing set.
    public static let untouched = StepProgress(times: FieldTimes())

    /// When any field last changed.
    public var changed: Date { times.latest }

    public subscript(field: StepField) -> FieldValue {
        switch field {
        case .status: .status(status)
        case .note: .note(note)
        case .owner: .owner(owner)
        case .due: .due(due)
        case .evidence: .evidence(evidence)
        case .reason: .reason(reason)
        }
    }

    /// Sets one field and its time.
    public mutating func set(_ value: FieldValue, at time: Date) {
        switch value {
        case .status(let s): status = s
        case .note(let n): note = n
        case .owner(let o): owner = o
        case .due(let d): due = d
        case .evidence(let e): evidence = e
        case .reason(let r): reason = r
        }
        times[value.field] = time
    }
}

/// The new value of one field of a step; nil text clears it.
public enum FieldValue: Hashable, Sendable {
    case status(StepStatus)
    case note(String?)
    case owner(String?)
    case due(String?)
    /// The whole list; empty clears it.
    case evidence([Evidence])
    case reason(String?)

    public var field: StepField {
        switch self {
        case .status: .status
        case .note: .note
        case .owner: .owner
        case .due: .due
        case .evidence: .evidence
        case .reason: .reason
        }
    }

    /// The value as text, for messages and for ordering two values set at the same time
    /// (evidence as its items' labels and texts, separated by control characters no one types).
    public var text: String {
        switch self {
        case .status(let s): s.rawValue
        case .note(let t), .owner(let t), .due(let t), .reason(let t): t ?? ""
        case .evidence(let items): items.map { ($0.label ?? "") + "\u{1F}" + $0.text }.joined(separator: "\u{1E}")
        }
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
public struct Progress: Hashable, Sendable {
    /// The newest version this almanac reads. 3: steps may hold evidence and a reason;
    /// 2: each field of a step carries its own time (`times`); 1 had one time per step.
    public static let schemaVersion = 3

    /// The version a file of this progress is written as: 3 only when some step has (or had)
    /// evidence or a reason, so older almanacs, which refuse a version 3 file rather than drop
    /// what they do not know, keep working on files that do not use them.
    public var fileVersion: Int {
        steps.values.contains { $0.times.evidence != FieldTimes.never || $0.times.reason != FieldTimes.never
            || !$0.evidence.isEmpty || $0.reason != nil } ? 3 : 2
    }

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

    /// A step as recorded, or untouched.
    public func step(_ id: String) -> StepProgress { steps[id] ?? .untouched }
}

extension Progress {
    /// With every time rounded to the millisecond, as a file stores it, so that what was
    /// saved compares equal to what is read back.
    public var asStored: Progress {
        var p = self
        for (id, step) in steps {
            for f in StepField.allCases { p.steps[id]?.times[f] = Timestamp.rounded(step.times[f]) }
        }
        return p
    }
}
