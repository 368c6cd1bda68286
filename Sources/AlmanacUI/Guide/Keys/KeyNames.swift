/// Key labels for display: the binding table's arrows, or words on an ASCII terminal.
enum KeyNames {
    static func display(_ label: String, unicode: Bool) -> String {
        guard !unicode else { return label }
        return label.replacingArrows
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
