/// Which pane of the main screen takes the keys.
public enum Focus: Int, Hashable, Sendable, CaseIterable {
    case outcomes, parts, content
}
