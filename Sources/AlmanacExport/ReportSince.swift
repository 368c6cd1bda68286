import AlmanacModel

/// What a report adds with `export --since REVIEW`: the review it counts from, and each step's
/// movement since then (its status then, and what changed, in words).
public struct ReportSince: Hashable, Sendable {
    public var name: String
    /// The review's day, `YYYY-MM-DD`.
    public var day: String
    public var diff: ReviewDiff
    private let byStep: [String: ReviewDiff.Movement]

    public init(name: String, day: String, diff: ReviewDiff) {
        self.name = DisplayText.safe(name)
        self.day = day
        self.diff = diff
        byStep = Dictionary(diff.movements.map { ($0.step, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func movement(_ step: String) -> ReviewDiff.Movement? { byStep[step] }

    /// The words for a step's change since the review, or "" when it did not move.
    public func change(_ step: String) -> String { byStep[step].map(ReviewDiffPage.change) ?? "" }

    /// The column's heading in every format.
    public var heading: String { "Since \(name)" }

    /// "3 steps changed: 2 forward, 1 back."
    public var summary: String { ReviewDiffPage.summary(diff) }
}
