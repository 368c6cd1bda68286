/// What a key does in the walkthrough.
public enum WalkthroughAction: Hashable, Sendable {
    case next, back, leave, undo, redo, help, contents
}

/// What a key does in the walkthrough's list of outcomes.
public enum WalkthroughContentsAction: Hashable, Sendable {
    case up, down, first, last, go, close, help
}

/// The walkthrough's keys as data: dispatch and the words at the foot of each screen come
/// from this one table (`label` is how the foot names the keys, in words). Enter, Space,
/// Backspace and q are all anyone needs; arrows and page keys do the same for those who
/// reach for them.
public typealias WalkthroughBinding = KeyBinding<WalkthroughAction>

public enum WalkthroughKeys {
    public static let all: [WalkthroughBinding] = [
        WalkthroughBinding(keys: [.enter, .character(" "), .right, .pageDown, .down], label: "Enter or Space", command: .next),
        WalkthroughBinding(keys: [.backspace, .left, .pageUp, .up], label: "Backspace", command: .back),
        WalkthroughBinding(keys: [.character("q"), .character("Q")], label: "q", command: .leave),
        WalkthroughBinding(keys: [.character("u")], label: "u", command: .undo),
        WalkthroughBinding(keys: [.control("r")], label: "Ctrl-R", command: .redo),
        WalkthroughBinding(keys: [.character("?"), .function(1)], label: "?", command: .help),
        // o for outcomes: c (contents) already opens a guidance screen's third heading.
        WalkthroughBinding(keys: [.character("o"), .character("O")], label: "o", command: .contents),
    ]

    /// The list of outcomes' keys. Digits are not here: they type an outcome's number.
    public static let contents: [KeyBinding<WalkthroughContentsAction>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑", command: .up),
        KeyBinding(keys: [.down, .character("j")], label: "↓", command: .down),
        KeyBinding(keys: [.home, .pageUp], label: "Home", command: .first),
        KeyBinding(keys: [.end, .pageDown], label: "End", command: .last),
        KeyBinding(keys: [.enter, .character(" ")], label: "Enter", command: .go),
        KeyBinding(keys: [.escape, .backspace, .character("q"), .character("Q"), .character("o"), .character("O")],
                   label: "Esc", command: .close),
        KeyBinding(keys: [.character("?"), .function(1)], label: "?", command: .help),
    ]

    /// Every key any screen asks for, in words: what `?` shows.
    public static let help: [(keys: String, meaning: String)] = [
        ("Enter or Space", "the next screen, or more of this one"),
        ("Backspace", "back one screen"),
        ("1 to 9", "on a steps screen, mark that step as something the council does; press again to unmark"),
        ("a, b, c…", "on a guidance screen, open or close that heading"),
        ("o", "the list of outcomes, to go straight to one"),
        ("↑ ↓ and Enter", "in that list, choose an outcome and go there; or type its number and press Enter; Esc goes back"),
        ("u, Ctrl-R", "undo or redo your last mark"),
        ("q", "leave; the next walkthrough opens where you left"),
        ("?", "this list; any key closes it"),
    ]

    static func command(for key: Key) -> WalkthroughAction? {
        AlmanacUI.command(for: key, in: all)
    }

    static func contentsCommand(for key: Key) -> WalkthroughContentsAction? {
        AlmanacUI.command(for: key, in: contents)
    }

    static func words(for command: WalkthroughAction) -> String {
        all.first { $0.command == command }?.label ?? ""
    }
}
