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
