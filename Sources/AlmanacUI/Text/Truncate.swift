import AlmanacModel

/// Cutting text to a number of columns.
public enum Truncate {
    /// `text` if it fits in `columns`, else its start and an ellipsis, in at most `columns`.
    public static func fit(_ text: String, _ columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(text) <= columns { return text }
        let ew = DisplayWidth.of(ellipsis)
        guard columns > ew else { return prefix(text, columns) }
        return prefix(text, columns - ew) + ellipsis
    }

    /// The longest start of `text` that fits in `columns`.
    public static func prefix(_ text: String, _ columns: Int) -> String {
        var out = ""
        var w = 0
        for ch in text {
            let cw = DisplayWidth.of(ch)
            if w + cw > columns { break }
            out.append(ch)
            w += cw
        }
        return out
    }

    /// `text` padded with spaces (or cut) to exactly `columns`.
    public static func pad(_ text: String, _ columns: Int) -> String {
        let t = fit(text, columns)
        return t + String(repeating: " ", count: max(0, columns - DisplayWidth.of(t)))
    }
}
