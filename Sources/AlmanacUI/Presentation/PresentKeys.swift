/// What a key does in a presentation.
public enum PresentAction: Hashable, Sendable {
    case next, back, first, last, gotoOutcome, blank, overview, tickMode, clock, help, notes, quit
    case timer, timerLonger, timerShorter, editNotes
    // Tick mode.
    case chooseNext, choosePrevious, tick, undo, redo
}

/// A key binding: keys, how the help names them, and what they do. One table drives both
/// dispatch and the `?` screen, so help cannot drift from behaviour.
public typealias PresentBinding = KeyBinding<PresentAction>

/// A binding with no label is left out of the help: its key is named on the row before.
public enum PresentKeys {
    /// Keys while presenting. Clickers send Space, arrows, PgDn/PgUp, Enter, `.`/`b`, F5 and
    /// Esc; F5 and Esc are deliberately bound to nothing, so they can never quit.
    public static let main: [PresentBinding] = [
        PresentBinding(keys: [.character(" "), .right, .pageDown, .enter, .down], label: "Space → PgDn Enter",
                       help: "next slide", command: .next),
        PresentBinding(keys: [.left, .pageUp, .backspace, .up], label: "← PgUp Backspace",
                       help: "previous slide", command: .back),
        PresentBinding(keys: [.home], label: "Home or End", help: "first or last slide", command: .first),
        PresentBinding(keys: [.end], label: "", help: "", command: .last),
        PresentBinding(keys: [.character("g")], label: "g then a number", help: "go to an outcome", command: .gotoOutcome),
        PresentBinding(keys: [.character("b"), .character(".")], label: "b or .",
                       help: "blank the screen; any key brings it back", command: .blank),
        PresentBinding(keys: [.character("o")], label: "o", help: "overview of all outcomes", command: .overview),
        PresentBinding(keys: [.tab], label: "Tab", help: "tick mode: record the room's decisions", command: .tickMode),
        PresentBinding(keys: [.character("t")], label: "t", help: "clock, elapsed time, time left or none in the footer", command: .clock),
        PresentBinding(keys: [.character("T")], label: "T", help: "start or stop the countdown (--timer: its length)", command: .timer),
        PresentBinding(keys: [.character("+"), .character("=")], label: "+ or -", help: "5 minutes more or fewer on the countdown", command: .timerLonger),
        PresentBinding(keys: [.character("-")], label: "", help: "", command: .timerShorter),
        PresentBinding(keys: [.character("n")], label: "n or e", help: "presenter view: next page of notes; edit your own", command: .notes),
        PresentBinding(keys: [.character("e")], label: "", help: "", command: .editNotes),
        PresentBinding(keys: [.character("?")], label: "?", help: "this help; any key closes it", command: .help),
        PresentBinding(keys: [.character("q")], label: "q", help: "quit", command: .quit),
    ]

    /// Keys in tick mode, offered before the main table (arrows left and right still move on).
    public static let tickMode: [PresentBinding] = [
        PresentBinding(keys: [.down], label: "↓", help: "choose the next step", command: .chooseNext),
        PresentBinding(keys: [.up], label: "↑", help: "choose the previous step", command: .choosePrevious),
        PresentBinding(keys: [.character(" "), .character("x")], label: "Space or x",
                       help: "tick or untick the chosen step, or press its number", command: .tick),
        PresentBinding(keys: [.character("u")], label: "u or Ctrl-R", help: "undo your last tick, or redo it", command: .undo),
        PresentBinding(keys: [.control("r")], label: "", help: "", command: .redo),
        PresentBinding(keys: [.tab, .escape], label: "Tab or Esc", help: "leave tick mode", command: .tickMode),
    ]

    static func command(for key: Key, in table: [PresentBinding]) -> PresentAction? {
        AlmanacUI.command(for: key, in: table)
    }
}
