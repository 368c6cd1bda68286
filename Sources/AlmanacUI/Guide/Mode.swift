/// The screen on show. The help is an overlay on any of them (`GuideApp.showingHelp`).
public enum Mode: Hashable, Sendable {
    case main
    case caseBrowser
    case search
    case editor
    case myWork
}
