import Foundation

/// A named, dated copy of what a council had recorded at a review ("2027 Q1"): each step's
/// status, owner, due date and note. A copy, not a pointer into history: history is trimmed
/// (a member keeps its last 1000 changes) and a review must still say what was true then.
public struct Review: Hashable, Codable, Sendable {
    public struct Step: Hashable, Codable, Sendable {
        public var status: StepStatus
        public var owner: String?
        public var due: String?
        public var note: String?
        /// Nil when there was none, so reviews without evidence read and compare as before.
        public var evidence: [Evidence]?
        public var reason: String?

        public init(status: StepStatus, owner: String? = nil, due: String? = nil, note: String? = nil,
                    evidence: [Evidence]? = nil, reason: String? = nil) {
            self.status = status
            self.owner = owner
            self.due = due
            self.note = note
            self.evidence = evidence.flatMap { $0.isEmpty ? nil : $0 }
            self.reason = reason
        }

        /// What a review keeps of a step's progress.
        public init(_ p: StepProgress) {
            self.init(status: p.status, owner: p.owner, due: p.due, note: p.note, evidence: p.evidence, reason: p.reason)
        }

        static let untouched = Step(status: .notStarted)
    }

    public var name: String
    public var takenAt: Date
    /// Steps recorded at the time; a step left out was untouched.
    public var steps: [String: Step]

    public init(name: String, takenAt: Date, progress: Progress) {
        self.name = name
        self.takenAt = takenAt
        var steps: [String: Step] = [:]
        for (id, p) in progress.steps {
            let s = Step(p)
            if s != .untouched { steps[id] = s }
        }
        self.steps = steps
    }

    public func step(_ id: String) -> Step { steps[id] ?? .untouched }

    /// What a review name may be: something a person types and a file can hold.
    public static func problem(withName name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "a review needs a name, e.g. almanac review start \"2027 Q1\"" }
        if trimmed.count > 80 { return "a review's name is at most 80 characters" }
        if trimmed.unicodeScalars.contains(where: DisplayText.needsEscape) { return "a review's name cannot hold control characters" }
        return nil
    }
}

/// Every review of one progress file, oldest first.
public struct ReviewLog: Hashable, Codable, Sendable {
    public static let format = "almanac-reviews"
    public var format = ReviewLog.format
    public var version = 1
    public var reviews: [Review] = []
    /// 2 when a review holds evidence or a reason: an older almanac refuses such a file
    /// instead of rewriting it without them.
    public static let newestVersion = 2
    public var neededVersion: Int {
        reviews.contains { $0.steps.values.contains { $0.evidence != nil || $0.reason != nil } } ? 2 : 1
    }

    public init(reviews: [Review] = []) { self.reviews = reviews }

    /// Several logs as one (a team's members each keep their own): every review once, in the
    /// order taken. Two members who used one name offline keep both; `find` takes the first.
    public static func union(_ logs: [ReviewLog]) -> ReviewLog {
        var seen = Set<String>()
        var all: [Review] = []
        for review in logs.flatMap(\.reviews) where seen.insert(review.name.lowercased() + "\u{0}" + "\(review.takenAt.timeIntervalSince1970)").inserted {
            all.append(review)
        }
        // Stable: the same time keeps the logs' order, so every reader lists them alike.
        let ordered = all.enumerated().sorted { ($0.element.takenAt, $0.offset) < ($1.element.takenAt, $1.offset) }.map(\.element)
        return ReviewLog(reviews: ordered)
    }

    /// The review with this name (case-insensitive), or the one `last`, `previous`… names.
    public func find(_ name: String) -> Review? {
        switch name.lowercased() {
        case "last", "latest": return reviews.last
        case "previous": return reviews.count >= 2 ? reviews[reviews.count - 2] : nil
        case "first": return reviews.first
        default: return reviews.first { $0.name.lowercased() == name.lowercased() }
        }
    }
}
