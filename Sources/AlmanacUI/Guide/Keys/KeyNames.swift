import Foundation

/// Key labels for display: the binding table's arrows, or words on an ASCII terminal.
enum KeyNames {
    static func display(_ label: String, unicode: Bool) -> String {
        guard !unicode else { return label }
        return label.replacingArrows
    }

    static let named: [(String, Key)] = [
        ("Space", .character(" ")), ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .escape),
        ("Backspace", .backspace), ("Delete", .delete), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
    ]
    /// Other spellings people write in a settings file.
    static let aliases: [String: Key] = [
        "return": .enter, "escape": .escape, "del": .delete, "pageup": .pageUp, "pagedown": .pageDown,
        "shift-tab": .backTab, "backtab": .backTab, "bksp": .backspace, "spacebar": .character(" "),
    ]

    /// A key as a settings file names it: one character ("x", "?"), a name ("Space", "PgDn"),
    /// "Ctrl-X" (or "C-x", "^X") and "F1" to "F12". Nil for anything else.
    static func parse(_ text: String) -> Key? {
        if text.count == 1, let c = text.first, !c.isWhitespace || c == " " {
            return c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7f }) ? .character(c) : nil
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        if let (_, key) = named.first(where: { $0.0.lowercased() == lower }) { return key }
        if let key = aliases[lower] { return key }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
            return .control(c)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }

    /// How the help and status bar name a key: "x", "Ctrl-X", "F5", "Space".
    static func label(_ key: Key) -> String {
        if let (name, _) = named.first(where: { $0.1 == key }) { return name }
        switch key {
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .function(let n): return "F\(n)"
        case .alt(let c): return "Alt-" + String(c)
        default: return "\(key)"
        }
    }
}

extension String {
    var replacingArrows: String {
        var out = ""
        for ch in self {
            switch ch {
            case "↑": out += "Up"
            case "↓": out += "Down"
            case "←": out += "Left"
            case "→": out += "Right"
            default: out.append(ch)
            }
        }
        return out
    }
}
