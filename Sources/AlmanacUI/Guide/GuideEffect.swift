import AlmanacModel

/// What the driver must do for the app. The app has already changed its own state; these
/// make the change last.
public enum GuideEffect: Hashable, Sendable {
    /// Ask the progress session to save a change, undo or redo; it answers with `.progress`.
    case progress(ProgressRequest)
    /// Remember where the user is, for the next start.
    case savePosition(Position)
    /// Keep the theme chosen with `t` for the next start (the settings file).
    case rememberTheme(ThemeName)
    /// Leave the guide (after carrying out the effects before it).
    case quit
}
