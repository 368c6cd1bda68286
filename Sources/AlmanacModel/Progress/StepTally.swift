/// The one counting rule, for every screen, command, slide and export: done of applicable.
/// A step marked not applicable leaves both counts; in progress and not started count as
/// applicable and not done.
public struct StepTally: Hashable, Sendable, Codable {
    public var done = 0
    /// Steps that apply: all of them less those marked not applicable.
    public var applicable = 0
    public var inProgress = 0
    public var notApplicable = 0

    public init() {}

    // Inlinable so callers in other modules get it specialised: unspecialised, each call looked
    // up the sequence's iterator by mangled name (a third of a million instructions at the
    // guide's first frame, for the title bar's twelve tallies).
    @inlinable
    public init<S: Sequence>(_ ids: S, in progress: Progress) where S.Element == String {
        for id in ids { count(progress.status(of: id)) }
    }

    public mutating func count(_ status: StepStatus) {
        switch status {
        case .done: done += 1; applicable += 1
        case .inProgress: inProgress += 1; applicable += 1
        case .notStarted: applicable += 1
        case .notApplicable: notApplicable += 1
        }
    }

    public static func + (a: StepTally, b: StepTally) -> StepTally {
        var out = a
        out.done += b.done
        out.applicable += b.applicable
        out.inProgress += b.inProgress
        out.notApplicable += b.notApplicable
        return out
    }

    /// `3/8`.
    public var fraction: String { "\(done)/\(applicable)" }
}
