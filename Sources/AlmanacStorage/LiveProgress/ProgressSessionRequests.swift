import AlmanacModel
import Foundation

extension ProgressSession {
    public func perform(_ request: ProgressRequest) -> ProgressUpdate {
        switch request {
        case .record(let change): record(change)
        case .undo: undo()
        case .redo: redo()
        case .retry: retry()
        }
    }

    /// For a read-only session: what to do and what is wrong, for a banner of three lines.
    public var banner: String? {
        guard let problem else { return nil }
        let name = DisplayText.safe(FilePaths.name(of: problem.path))
        var fix = problem.recovery
        if fix.hasPrefix("nothing was changed; ") { fix.removeFirst("nothing was changed; ".count) }
        // The usual advice, shorter, so that the command to run is never cut at 80 columns.
        if problem.recovery == ProgressError.unreadableRecovery {
            fix = "run 'almanac repair' (it moves the file aside, keeping it) or use --progress FILE"
        }
        // The advice first: when a long problem must be cut, what to do is still there.
        return "Read-only: \(name) cannot be read and nothing will be saved. To fix: \(fix). "
            + "The problem: \(DisplayText.safe(problem.problem))."
    }
}
