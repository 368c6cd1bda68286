/// A key binding, for every screen (guide, walkthrough, slides): the keys, how the help names
/// them, and what they do. The guide's rows also say where (`scope`), under which heading of
/// its help (`group`) and with which word in its status bar (`hint`).
public struct KeyBinding<Action: Hashable & Sendable>: Hashable, Sendable {
    public var keys: [Key]
    /// The keys as the help and status bar show them, e.g. `↑/k`, or the walkthrough's words.
    public var label: String
    /// One line for the help overlay.
    public var help: String
    public var command: Action
    /// The help overlay's heading this row sits under.
    public var group: String = ""
    public var scope: Scope = .global
    /// A word or two for the status bar, or nil to leave it out there.
    public var hint: String?

    public init(keys: [Key], label: String, help: String = "", command: Action) {
        self.keys = keys
        self.label = label
        self.help = help
        self.command = command
    }
}

/// The guide's bindings.
public typealias GuideBinding = KeyBinding<Command>

extension KeyBinding where Action == Command {
    public init(_ keys: [Key], _ label: String, _ help: String, group: String, scope: Scope,
                _ command: Command, hint: String? = nil) {
        self.init(keys: keys, label: label, help: help, command: command)
        self.group = group
        self.scope = scope
        self.hint = hint
    }
}

/// The first command bound to `key` in `table`.
func command<Action>(for key: Key, in table: [KeyBinding<Action>]) -> Action? {
    table.first { $0.keys.contains(key) }?.command
}

extension Key {
    static func ch(_ c: Character) -> Key { .character(c) }
}

/// The guide's default key bindings. Dispatch, the status bar hints and the `?` help are all
/// generated from the one table in use (`GuideKeys`: this one, or with the settings file's
/// remapped keys), so the help cannot disagree with the keys.
public enum KeyMap {
    static let outcomeKeys: [Key] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "="].map { .character($0) }

    public static let bindings: [GuideBinding] = [
        // Help overlay.
        KeyBinding([.up, .ch("k")], "↑/k", "Scroll the help up", group: "Help", scope: .help, .up),
        KeyBinding([.down, .ch("j")], "↓/j", "Scroll the help down", group: "Help", scope: .help, .down),
        KeyBinding([.pageUp], "PgUp", "Page up", group: "Help", scope: .help, .pageUp),
        KeyBinding([.pageDown, .ch(" ")], "PgDn", "Page down", group: "Help", scope: .help, .pageDown),
        KeyBinding([.escape, .ch("?"), .ch("q"), .backspace, .enter], "Esc/?", "Close the help", group: "Help", scope: .help, .closeHelp, hint: "close"),

        // Detail editor: typing goes into the field.
        KeyBinding([.tab, .down], "Tab/↓", "Next field", group: "Editing a step", scope: .editor, .nextField, hint: "next field"),
        KeyBinding([.backTab, .up], "S-Tab/↑", "Previous field", group: "Editing a step", scope: .editor, .previousField),
        // Delete is the evidence list's (`removeEvidence`), which hands it back to a text field.
        KeyBinding(TextField.editingKeys.filter { $0 != .delete }, "←→ Home End",
                   "Move in the text; Backspace and Delete erase", group: "Editing a step", scope: .editor, .editText),
        KeyBinding([], "Ctrl-A/E", "Start or end of the line; Alt-B/F a word back or on", group: "Editing a step", scope: .editor, .editText),
        KeyBinding([], "Ctrl-U/K", "Erase to the line's start or end; Ctrl-W a word back", group: "Editing a step", scope: .editor, .editText),
        KeyBinding([.control("o")], "Ctrl-O", "Save the note, owner, due date, reason and evidence", group: "Editing a step", scope: .editor, .save, hint: "save"),
        KeyBinding([.enter], "Enter", "A new line in the note; adds the evidence typed in Add and Label; saves from other fields", group: "Editing a step", scope: .editor, .save, hint: "new line"),
        KeyBinding([.delete], "Del", "Remove the chosen evidence item (in a text field, erase)", group: "Editing a step", scope: .editor, .removeEvidence),
        KeyBinding([.escape, .control("c")], "Esc", "Cancel the changes", group: "Editing a step", scope: .editor, .cancel, hint: "cancel"),

        // Search: typing goes into the query.
        KeyBinding([.up], "↑", "Previous result", group: "Search", scope: .search, .up),
        KeyBinding([.down], "↓", "Next result", group: "Search", scope: .search, .down, hint: "choose"),
        KeyBinding([.pageUp], "PgUp", "Page up the results", group: "Search", scope: .search, .pageUp),
        KeyBinding([.pageDown], "PgDn", "Page down the results", group: "Search", scope: .search, .pageDown),
        KeyBinding(TextField.editingKeys, "←→ Bksp", "Edit the query; Ctrl-U, Ctrl-W, Ctrl-A/E and Alt-B/F as in a shell", group: "Search", scope: .search, .editText),
        KeyBinding([.enter], "Enter", "Go to the result and highlight it", group: "Search", scope: .search, .open, hint: "go"),
        KeyBinding([.escape, .control("c")], "Esc", "Close the search", group: "Search", scope: .search, .cancel, hint: "close"),

        // Case studies browser.
        KeyBinding([.ch("o")], "o", "Filter by outcome (repeat to step through)", group: "Case studies", scope: .caseBrowser, .filterOutcome, hint: "outcome"),
        KeyBinding([.ch("c")], "c", "Filter by category (repeat to step through)", group: "Case studies", scope: .caseBrowser, .filterCategory, hint: "category"),
        KeyBinding([.ch("a")], "a", "Filter by the council's type: county, district, unitary… (repeat)", group: "Case studies", scope: .caseBrowser, .filterType, hint: "type"),
        KeyBinding([.ch("r")], "r", "Filter by the council's region (repeat to step through)", group: "Case studies", scope: .caseBrowser, .filterRegion, hint: "region"),
        KeyBinding([.ch("x")], "x", "Clear the filters", group: "Case studies", scope: .caseBrowser, .clearFilters),
        KeyBinding([.enter], "Enter", "Open the case study in its chapter", group: "Case studies", scope: .caseBrowser, .open, hint: "open"),

        // My work: every step of the 12 outcomes as a to-do list. Its own rows, not the
        // checklist's: keys.tick = "x" (the README's example) must not clash with x here.
        KeyBinding([.ch(" ")], "Space", "Tick or untick the step (saved at once)", group: "My work", scope: .myWork, .toggleStep, hint: "tick"),
        KeyBinding([.ch("s")], "s", "Change status: in progress, not applicable, not started", group: "My work", scope: .myWork, .cycleStatus, hint: "status"),
        KeyBinding([.enter, .ch("e")], "Enter/e", "Edit the step's note, owner and due date, then come back here", group: "My work", scope: .myWork, .open, hint: "edit"),
        KeyBinding([.ch("o")], "o", "Filter by owner: each owner, then no owner (repeat to step through)", group: "My work", scope: .myWork, .filterOwner, hint: "owner"),
        KeyBinding([.ch("p")], "p", "Filter by progress: not done, in progress, not started, done, not applicable, all (repeat)", group: "My work", scope: .myWork, .filterStatus, hint: "progress"),
        KeyBinding([.ch("d")], "d", "Only overdue steps (due before today, not done), or all", group: "My work", scope: .myWork, .filterOverdue, hint: "overdue"),
        KeyBinding([.ch("r")], "r", "Only steps changed since the last review (almanac review start), or all", group: "My work", scope: .myWork, .filterChanged, hint: "changed"),
        KeyBinding([.ch("x")], "x", "Clear the filters: every step not done", group: "My work", scope: .myWork, .clearFilters),
        KeyBinding([.ch("u")], "u", "Undo your last change (repeat for earlier ones)", group: "My work", scope: .myWork, .undo),
        KeyBinding([.control("r")], "Ctrl-R", "Redo what undo took back", group: "My work", scope: .myWork, .redo),

        // Checklist (Put into practice, content pane).
        KeyBinding([.ch(" ")], "Space", "Tick or untick the step (saved at once)", group: "Checklist", scope: .checklist, .toggleStep, hint: "tick"),
        KeyBinding([.ch("s")], "s", "Change status: in progress, not applicable, not started", group: "Checklist", scope: .checklist, .cycleStatus, hint: "status"),
        KeyBinding([.ch("u")], "u", "Undo your last change (repeat for earlier ones, even after a restart)", group: "Checklist", scope: .checklist, .undo, hint: "undo"),
        KeyBinding([.control("r")], "Ctrl-R", "Redo what undo took back", group: "Checklist", scope: .checklist, .redo),
        KeyBinding([.enter, .ch("e")], "Enter/e", "Edit the step's note, owner and due date", group: "Checklist", scope: .checklist, .open, hint: "edit"),

        // Moving around.
        KeyBinding([.up, .ch("k")], "↑/k", "Move up", group: "Moving", scope: .global, .up),
        KeyBinding([.down, .ch("j")], "↓/j", "Move down", group: "Moving", scope: .global, .down, hint: "move"),
        KeyBinding([.right, .ch("l")], "→/l", "Next pane", group: "Moving", scope: .main, .nextPane),
        KeyBinding([.left, .ch("h")], "←/h", "Previous pane", group: "Moving", scope: .main, .previousPane),
        KeyBinding([.tab], "Tab", "Next pane, round to the first", group: "Moving", scope: .main, .cyclePane, hint: "pane"),
        KeyBinding([.backTab], "S-Tab", "Previous pane, round to the last", group: "Moving", scope: .main, .cyclePaneBack),
        KeyBinding([.enter], "Enter", "Open the selected item", group: "Moving", scope: .main, .open, hint: "open"),
        KeyBinding([.escape, .backspace], "Esc/Bksp", "Go back", group: "Moving", scope: .global, .back, hint: "back"),
        KeyBinding([.pageUp], "PgUp", "Page up", group: "Moving", scope: .global, .pageUp),
        KeyBinding([.pageDown], "PgDn", "Page down", group: "Moving", scope: .global, .pageDown),
        KeyBinding([.home, .ch("g")], "Home/g", "Go to the top", group: "Moving", scope: .global, .top),
        KeyBinding([.end, .ch("G")], "End/G", "Go to the bottom", group: "Moving", scope: .global, .bottom),
        KeyBinding(outcomeKeys, "1-9 0 - =", "Jump to outcome 1 to 12", group: "Moving", scope: .main, .jumpOutcome),
        KeyBinding([], "Click", "Select; click a check box to tick it", group: "Moving", scope: .global, .mouse),
        KeyBinding([], "Wheel", "Scroll", group: "Moving", scope: .global, .mouse),

        // Everywhere else.
        KeyBinding([.ch("/")], "/", "Search the whole almanac", group: "Finding", scope: .global, .search, hint: "search"),
        KeyBinding([.ch("n")], "n", "Next search hit", group: "Finding", scope: .main, .nextHit),
        KeyBinding([.ch("N")], "N", "Previous search hit", group: "Finding", scope: .main, .previousHit),
        KeyBinding([.ch("c")], "c", "Browse case studies from every outcome", group: "Finding", scope: .main, .caseStudies, hint: "cases"),
        KeyBinding([.ch("w")], "w", "My work: every step, soonest due first; filter, tick, edit", group: "Finding", scope: .main, .myWork, hint: "my work"),
        KeyBinding([.ch("u")], "u", "Undo your last change, from any screen", group: "Other", scope: .main, .undo),
        KeyBinding([.control("r")], "Ctrl-R", "Redo", group: "Other", scope: .main, .redo),
        KeyBinding([.ch("r")], "r", "Mark the steps and outcomes changed since the last review (almanac review start)", group: "Other", scope: .main, .toggleReviewMarks),
        KeyBinding([.ch("t")], "t", "Change theme: default, high contrast, mono", group: "Other", scope: .global, .cycleTheme),
        KeyBinding([.ch("?")], "?", "Show this help", group: "Other", scope: .global, .help, hint: "help"),
        KeyBinding([.ch("q"), .control("c")], "q", "Quit (changes are saved as you make them)", group: "Other", scope: .global, .quit, hint: "quit"),
    ]

}
