/// Keys chosen in the settings file's `[keys]` table, e.g. `tick = "x"` or
/// `search = ["/", "f"]`: they replace the action's default keys on the guide's screens.
public enum KeyRemapping {
    /// The names an action is remapped by, and the bindings (command and scope) each moves.
    public static let actions: [(name: String, bindings: [(Command, Scope)])] = [
        ("tick", [(.toggleStep, .checklist)]),
        ("status", [(.cycleStatus, .checklist)]),
        ("edit", [(.open, .checklist)]),
        ("undo", [(.undo, .checklist), (.undo, .main)]),
        ("redo", [(.redo, .checklist), (.redo, .main)]),
        ("up", [(.up, .global)]),
        ("down", [(.down, .global)]),
        ("next-pane", [(.nextPane, .main)]),
        ("previous-pane", [(.previousPane, .main)]),
        ("pane", [(.cyclePane, .main)]),
        ("pane-back", [(.cyclePaneBack, .main)]),
        ("open", [(.open, .main)]),
        ("back", [(.back, .global)]),
        ("page-up", [(.pageUp, .global)]),
        ("page-down", [(.pageDown, .global)]),
        ("top", [(.top, .global)]),
        ("bottom", [(.bottom, .global)]),
        ("search", [(.search, .global)]),
        ("next-hit", [(.nextHit, .main)]),
        ("previous-hit", [(.previousHit, .main)]),
        ("cases", [(.caseStudies, .main)]),
        ("filter-outcome", [(.filterOutcome, .caseBrowser)]),
        ("filter-category", [(.filterCategory, .caseBrowser)]),
        ("filter-type", [(.filterType, .caseBrowser)]),
        ("filter-region", [(.filterRegion, .caseBrowser)]),
        ("clear-filters", [(.clearFilters, .caseBrowser), (.clearFilters, .myWork)]),
        ("my-work", [(.myWork, .main)]),
        ("filter-owner", [(.filterOwner, .myWork)]),
        ("filter-status", [(.filterStatus, .myWork)]),
        ("filter-overdue", [(.filterOverdue, .myWork)]),
        ("filter-changed", [(.filterChanged, .myWork)]),
        ("theme", [(.cycleTheme, .global)]),
        ("review-marks", [(.toggleReviewMarks, .main)]),
        ("help", [(.help, .global)]),
        ("quit", [(.quit, .global)]),
    ]

    public static var names: [String] { actions.map(\.name) }

    /// `standard` with each named action's keys replaced by `keys[name]` (key names as
    /// `KeyNames.parse` reads them), and a line for each entry that could not be used: an
    /// unknown action or key, or a key another action already has on the same screen. Those
    /// entries keep their defaults; the others apply.
    public static func apply(_ keys: [String: [String]], to standard: GuideKeys = .standard) -> (keys: GuideKeys, problems: [String]) {
        var bindings = standard.bindings
        var problems: [String] = []
        // Which bindings each entry moves, and to which keys, checked before any moves.
        var moves: [(name: String, indices: [Int], keys: [Key])] = []
        for name in keys.keys.sorted() {
            let typed = keys[name] ?? []
            guard let action = actions.first(where: { $0.name == name }) else {
                problems.append("keys.\(name) is not an action; the actions are \(names.joined(separator: ", "))")
                continue
            }
            var parsed: [Key] = []
            var bad: String?
            for t in typed {
                if let k = KeyNames.parse(t) { parsed.append(k) } else { bad = t; break }
            }
            if let bad {
                problems.append("keys.\(name): '\(bad)' is not a key; write a character (\"x\"), Ctrl-X, F1-F12, Space, Enter, Tab, Esc, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home or End")
                continue
            }
            if let held = parsed.first(where: { Self.terminalKeys[$0] != nil }), let why = Self.terminalKeys[held] {
                problems.append("keys.\(name): \(KeyNames.label(held)) never reaches the guide (\(why)); choose another key")
                continue
            }
            guard !parsed.isEmpty else {
                problems.append("keys.\(name) names no key; give one, e.g. \(name) = \"x\", or remove the line")
                continue
            }
            if name == "quit" { parsed.append(.control("c")) }   // Ctrl-C always leaves
            let indices = action.bindings.compactMap { c, s in bindings.firstIndex { $0.command == c && $0.scope == s } }
            moves.append((name, indices, parsed))
        }
        let moved = Set(moves.flatMap(\.indices))
        var taken: [(key: Key, scope: Scope, name: String)] = []
        for move in moves {
            var clash: String?
            for i in move.indices {
                for key in move.keys {
                    // Another binding that stays, on a screen that also has this one.
                    if let other = bindings.indices.first(where: { j in
                        !moved.contains(j) && j != i && bindings[j].keys.contains(key) && clashes(bindings[j].scope, bindings[i].scope)
                    }) {
                        clash = "keys.\(move.name): \(KeyNames.label(key)) already does '\(bindings[other].help)'; choose another key or remap that action too"
                    } else if let other = taken.first(where: { $0.key == key && $0.name != move.name && clashes($0.scope, bindings[i].scope) }) {
                        clash = "keys.\(move.name): \(KeyNames.label(key)) is also given to \(other.name); give each action its own key"
                    }
                    if clash != nil { break }
                }
                if clash != nil { break }
            }
            if let clash { problems.append(clash); continue }
            for i in move.indices {
                bindings[i].keys = move.keys
                bindings[i].label = move.keys.filter { $0 != .control("c") || move.keys.count == 1 }.map(KeyNames.label).joined(separator: "/")
                taken += move.keys.map { ($0, bindings[i].scope, move.name) }
            }
        }
        return (problems.isEmpty && moves.isEmpty ? standard : GuideKeys(bindings), problems)
    }

    /// Keys the terminal keeps for itself in the guide's mode, and why.
    static let terminalKeys: [Key: String] = [
        .control("s"): "the terminal's flow control stops output with it",
        .control("q"): "the terminal's flow control takes it",
        .control("z"): "it suspends the program",
        .control("c"): "it interrupts; it always quits",
        .control("m"): "it is Enter", .control("i"): "it is Tab", .control("h"): "it is Backspace",
    ]

    /// Two scopes clash when some screen offers keys to both.
    static func clashes(_ a: Scope, _ b: Scope) -> Bool {
        ScopeLists.all.contains { $0.contains(a) && $0.contains(b) }
    }
}
