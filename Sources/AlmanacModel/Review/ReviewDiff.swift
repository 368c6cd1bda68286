import Foundation

/// What moved between two points (a review, and a later review or now): per outcome, the
/// steps whose status, owner or due date changed or whose note was added or changed.
public struct ReviewDiff: Hashable, Sendable {
    public struct Movement: Hashable, Sendable, Encodable {
        public var step: String
        /// "Data 1.2": the outcome's title and the step's number in it.
        public var place: String
        public var text: String
        public var statusBefore: StepStatus
        public var statusAfter: StepStatus
        public var ownerBefore: String?
        public var ownerAfter: String?
        public var dueBefore: String?
        public var dueAfter: String?
        /// "added", "changed" or "removed", or nil when the note is as it was.
        public var note: String?
        public var noteAfter: String?
        /// How many evidence items the step had then and has now.
        public var evidenceBefore: Int = 0
        public var evidenceAfter: Int = 0

        /// Towards done (not started → in progress → done), back, or neither.
        public var direction: Direction {
            let rank: [StepStatus: Int] = [.notStarted: 0, .inProgress: 1, .done: 2]
            guard statusBefore != statusAfter else { return .same }
            guard let a = rank[statusBefore], let b = rank[statusAfter] else { return .other }
            return b > a ? .forward : .back
        }
    }

    public enum Direction: String, Hashable, Sendable, Encodable { case forward, back, other, same }

    /// A count at the review and now.
    public struct Span: Hashable, Sendable {
        public var before: Int
        public var after: Int
    }

    public struct OutcomeMovement: Hashable, Sendable, Encodable {
        public var id: String
        public var title: String
        public var movements: [Movement]
        public var forward: Int { movements.filter { $0.direction == .forward }.count }
        public var back: Int { movements.filter { $0.direction == .back }.count }
        public var done: Span
        public var applicable: Span

        enum Key: String, CodingKey { case id, title, movements, forward, back, doneBefore, doneAfter, applicableBefore, applicableAfter }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(movements, forKey: .movements)
            try c.encode(forward, forKey: .forward)
            try c.encode(back, forKey: .back)
            try c.encode(done.before, forKey: .doneBefore)
            try c.encode(done.after, forKey: .doneAfter)
            try c.encode(applicable.before, forKey: .applicableBefore)
            try c.encode(applicable.after, forKey: .applicableAfter)
        }
    }

    public var outcomes: [OutcomeMovement]
    public var movements: [Movement] { outcomes.flatMap(\.movements) }

    /// From `before` (a review) to `after` (another review's steps, or the progress now).
    public init(almanac: Almanac, from before: Review, to after: (String) -> Review.Step) {
        outcomes = almanac.outcomes.map { o in
            var moves: [Movement] = []
            var done = Span(before: 0, after: 0), applicable = Span(before: 0, after: 0)
            for theme in o.themes {
                for step in theme.steps {
                    let a = before.step(step.id), b = after(step.id)
                    if a.status == .done { done.before += 1 }
                    if b.status == .done { done.after += 1 }
                    if a.status != .notApplicable { applicable.before += 1 }
                    if b.status != .notApplicable { applicable.after += 1 }
                    let note: String? = a.note == b.note ? nil : a.note == nil ? "added" : b.note == nil ? "removed" : "changed"
                    let (ea, eb) = (a.evidence ?? [], b.evidence ?? [])
                    guard a.status != b.status || a.owner != b.owner || a.due != b.due || note != nil || ea != eb else { continue }
                    moves.append(Movement(step: step.id, place: "\(o.title) \(theme.number).\(step.number)", text: step.text,
                                          statusBefore: a.status, statusAfter: b.status, ownerBefore: a.owner, ownerAfter: b.owner,
                                          dueBefore: a.due, dueAfter: b.due, note: note, noteAfter: b.note,
                                          evidenceBefore: ea.count, evidenceAfter: eb.count))
                }
            }
            return OutcomeMovement(id: o.id, title: o.title, movements: moves, done: done, applicable: applicable)
        }
    }

    /// From a review to the progress now.
    public init(almanac: Almanac, from before: Review, to now: Progress) {
        let current = Review(name: "now", takenAt: .distantFuture, progress: now)   // its time is not used
        self.init(almanac: almanac, from: before, to: { current.step($0) })
    }

    /// From one review to a later one.
    public init(almanac: Almanac, from before: Review, to later: Review) {
        self.init(almanac: almanac, from: before, to: { later.step($0) })
    }
}
