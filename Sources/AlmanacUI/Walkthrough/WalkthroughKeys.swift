/// What a key does in the walkthrough.
public enum WalkthroughAction: Hashable, Sendable {
    case next, back, leave, undo, redo
}

/// The walkthrough's keys as data: dispatch and the words at the foot of each screen come
/// from this one table. Enter, Space, Backspace and q are all anyone needs; arrows and
/// page keys do the same for those who reach for them.
public struct WalkthroughBinding: Hashable, Sendable {
    public var keys: [Key]
    /// How the screen's foot names the keys, in words.
    public var words: String
    public var command: WalkthroughAction
}

public enum WalkthroughKeys {
    public static let all: [WalkthroughBinding] = [
        WalkthroughBinding(keys: [.enter, .character(" "), .right, .pageDown, .down], words: "Enter or Space", command: .next),
        WalkthroughBinding(keys: [.backspace, .left, .pageUp, .up], words: "Backspace", command: .back),
        WalkthroughBinding(keys: [.character("q"), .character("Q")], words: "q", command: .leave),
        WalkthroughBinding(keys: [.character("u")], words: "u", command: .undo),
        WalkthroughBinding(keys: [.control("r")], words: "Ctrl-R", command: .redo),
    ]

    static func command(for key: Key) -> WalkthroughAction? {
        all.first { $0.keys.contains(key) }?.command
    }

    static func words(for command: WalkthroughAction) -> String {
        all.first { $0.command == command }?.words ?? ""
    }
}
