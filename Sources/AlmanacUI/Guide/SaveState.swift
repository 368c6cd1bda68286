/// What the status bar says about saving.
public enum SaveState: Hashable, Sendable {
    /// Nothing changed yet this session.
    case idle
    /// A save was asked for and the driver has not answered.
    case saving
    case saved
    /// The last save failed; the message says why in plain words.
    case failed(String)
}
