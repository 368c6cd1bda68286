import Foundation

/// What a screen asks of its progress session; the answer comes back as a `ProgressUpdate`.
public enum ProgressRequest: Hashable, Sendable {
    /// Save what the person just changed.
    case record(StepChange)
    case undo
    case redo
    /// Try the unsaved changes again.
    case retry
}

extension ProgressSession {
    public func perform(_ request: ProgressRequest) -> ProgressUpdate {
        switch request {
        case .record(let change): record(change)
        case .undo: undo()
        case .redo: redo()
        case .retry: retry()
        }
    }

    /// For a read-only session: what is wrong and what to do, short enough to read in a banner
    /// of three lines at 80 columns.
    public var banner: String? {
        guard let problem else { return nil }
        let name = (problem.path as NSString).lastPathComponent
        var fix = problem.recovery
        if fix.hasPrefix("nothing was changed; ") { fix.removeFirst("nothing was changed; ".count) }
        return "Read-only: \(DisplayText.safe(name)) cannot be read (\(DisplayText.safe(problem.problem))). "
            + "Nothing will be saved. To fix: \(fix)."
    }
}
