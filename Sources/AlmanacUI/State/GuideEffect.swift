import AlmanacModel

/// What the driver must do for the app. The app has already changed its own state; these
/// make the change last.
public enum GuideEffect: Hashable, Sendable {
    /// Write this step's progress now, then call `GuideApp.saveFinished(error:)`.
    case saveStep(id: String, StepProgress)
    /// Remember where the user is, for the next start.
    case savePosition(Position)
    /// Leave the guide (after carrying out the effects before it).
    case quit
}
