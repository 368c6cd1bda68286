/// What a screen learns from its progress session: sent back through the app's `handle`
/// after every save, undo and redo, and whenever another process changed the file.
public struct ProgressUpdate: Hashable, Sendable {
    public enum Cause: Hashable, Sendable {
        /// This screen's change was saved (or failed: see `problem`).
        case saved
        /// Another process (a command, another screen, a sync) changed the file.
        case changedElsewhere
        case undone
        case redone
        /// Undo or redo had nothing to do, or could not: `message` says why.
        case unchanged
    }

    public var cause: Cause
    /// The progress to show from now on: the file, with this screen's unsaved changes on top.
    public var progress: Progress
    /// This screen's changes not yet in the file (a failed save); they are retried with the next.
    public var unsaved: [StepChange]
    /// Why the last save failed, in one line; nil when everything is saved.
    public var problem: String?
    /// A one-off message for the screen (e.g. "Undid connectivity.1.2: status").
    public var message: String?
    /// The step this update is about, so a screen can show it (undo, redo).
    public var step: String?
    /// Why progress is read-only (the banner's text); nil when changes can be saved.
    public var readOnly: String?
    /// False when the unsaved changes could not be kept for the next start either.
    public var unsavedKept: Bool
    /// For progress shared by a team: who set what, and each member's own answers.
    public var team: TeamView?
    /// Something the person should know that stops nothing (a team folder out of reach, a
    /// colleague's damaged file): shown in the banner while it holds.
    public var notice: String?

    public init(cause: Cause, progress: Progress, unsaved: [StepChange] = [], problem: String? = nil,
                message: String? = nil, step: String? = nil, readOnly: String? = nil, unsavedKept: Bool = true,
                team: TeamView? = nil, notice: String? = nil) {
        self.cause = cause
        self.progress = progress
        self.unsaved = unsaved
        self.problem = problem
        self.message = message
        self.step = step
        self.readOnly = readOnly
        self.unsavedKept = unsavedKept
        self.team = team
        self.notice = notice
    }
}
