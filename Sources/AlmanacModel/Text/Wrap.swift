/// Breaks text into lines that fit a width in terminal columns.
public enum Wrap {
    /// Wraps `text` at spaces to `width` columns. The first line starts with `firstIndent`,
    /// the rest with `indent` (a hanging indent for bullets). A word wider than the line is
    /// cut. Always returns at least one line.
    public static func lines(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
        let width = max(1, width)
        var out: [String] = []
        var line = firstIndent
        var lineWidth = DisplayWidth.of(firstIndent)
        let indentWidth = DisplayWidth.of(indent)
        var lineHasWord = false

        func flush() {
            out.append(line)
            line = indent
            lineWidth = indentWidth
            lineHasWord = false
        }

        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = Substring(word)
            var ww = DisplayWidth.of(w)
            if lineHasWord && lineWidth + 1 + ww > width { flush() }
            // A word longer than a whole line is cut into pieces.
            while lineWidth + (lineHasWord ? 1 : 0) + ww > width && ww > 0 {
                let room = width - lineWidth - (lineHasWord ? 1 : 0)
                if room <= 0 { flush(); if indentWidth >= width { line = ""; lineWidth = 0 }; continue }
                let (head, rest) = split(w, columns: room)
                if head.isEmpty { flush(); line = ""; lineWidth = 0; continue }
                if lineHasWord { line += " " }
                line.append(contentsOf: head)   // not +=: that is the generic append
                let headWidth = DisplayWidth.of(head)
                lineWidth += headWidth + (lineHasWord ? 1 : 0)
                lineHasWord = true
                flush()
                // What is left is narrower by the head: measuring the rest again would make a
                // long unbroken word quadratic.
                w = rest
                ww -= headWidth
            }
            if ww == 0 { continue }
            if lineHasWord { line += " "; lineWidth += 1 }
            line.append(contentsOf: w)
            lineWidth += ww
            lineHasWord = true
        }
        if lineHasWord || out.isEmpty { out.append(line) }
        return out
    }

    /// Pads or cuts `text` to exactly `width` columns.
    public static func fit(_ text: String, width: Int) -> String {
        let w = DisplayWidth.of(text)
        if w <= width { return text + String(repeating: " ", count: width - w) }
        let (head, _) = split(Substring(text), columns: width)
        return head + String(repeating: " ", count: width - DisplayWidth.of(head))
    }

    /// The longest prefix of `text` that fits in `columns`, and the rest.
    static func split(_ text: Substring, columns: Int) -> (String, Substring) {
        var used = 0
        var end = text.startIndex
        for ch in text {
            let w = DisplayWidth.of(String(ch))
            if used + w > columns { break }
            used += w
            end = text.index(after: end)
        }
        return (String(text[..<end]), text[end...])
    }
}
