import AlmanacModel

/// Greedy word wrapping of styled runs by display columns: a pure function of the text and a
/// width. (The model's `Wrap` does the same for plain strings in the plain commands.)
///
/// Words are runs of non-space characters and may span styles (a resource name followed by
/// "'s"). Spaces keep their style inside a line (an underlined resource name stays underlined
/// between its words) and vanish at a break. A word wider than the line is cut by columns.
public enum StyledWrap {
    /// Wraps `runs` to `width` columns. The first line starts with `prefix` (e.g. a bullet);
    /// later lines are indented by `indent` columns, so bullets get a hanging indent.
    public static func lines(_ runs: [Run], width: Int, prefix: Run? = nil, indent: Int = 0) -> [StyledLine] {
        let width = max(1, width)
        let indent = min(indent, width - 1)
        var out: [StyledLine] = []
        var line = StyledLine()
        if let prefix { line.append(prefix.text, prefix.style, width: DisplayWidth.of(prefix.text)) }
        var lineHasWord = false
        var pendingSpace: (String, Style, Int)? = nil

        func newLine() {
            out.append(line)
            line = StyledLine()
            if indent > 0 { line.append(String(repeating: " ", count: indent), .normal, width: indent) }
            lineHasWord = false
            pendingSpace = nil
        }

        for word in words(runs) {
            if word.isSpace {
                if lineHasWord { pendingSpace = (word.parts[0].text, word.parts[0].style, word.width) }
                continue
            }
            let spaceWidth = pendingSpace?.2 ?? 0
            if lineHasWord && line.width + spaceWidth + word.width > width {
                newLine()
            }
            if let s = pendingSpace, lineHasWord {
                line.append(s.0, s.1, width: s.2)
                pendingSpace = nil
            }
            if line.width + word.width <= width {
                for p in word.parts { line.append(p.text, p.style, width: p.width) }
                lineHasWord = true
                continue
            }
            // A word longer than a whole line: cut it by columns.
            for p in word.parts {
                for ch in p.text {
                    let w = DisplayWidth.of(ch)
                    if line.width + w > width && (lineHasWord || line.width > indent) { newLine() }
                    line.append(String(ch), p.style, width: w)
                    lineHasWord = true
                }
            }
        }
        if lineHasWord || out.isEmpty { out.append(line) }
        return out
    }

    /// Plain text wrapped to a width, as strings: for messages and tests.
    public static func strings(_ text: String, width: Int, indent: Int = 0) -> [String] {
        lines([Run(text)], width: width, indent: indent).map(\.plain)
    }

    struct Part { var text: String; var style: Style; var width: Int }
    struct Word { var parts: [Part]; var width: Int; var isSpace: Bool }

    /// Splits styled runs into alternating words and spaces. Spaces are ASCII, so the text
    /// is scanned as UTF-8 bytes and sliced, never walked by `Character`.
    static func words(_ runs: [Run]) -> [Word] {
        var out: [Word] = []
        var current = Word(parts: [], width: 0, isSpace: false)
        func add(_ text: Substring, _ style: Style, isSpace: Bool) {
            if isSpace {
                if current.isSpace { return }  // a run of spaces is one column
                if !current.parts.isEmpty { out.append(current) }
                current = Word(parts: [Part(text: " ", style: style, width: 1)], width: 1, isSpace: true)
                return
            }
            if current.isSpace {
                out.append(current)
                current = Word(parts: [], width: 0, isSpace: false)
            }
            let w = DisplayWidth.of(text)
            current.parts.append(Part(text: String(text), style: style, width: w))
            current.width += w
        }
        for run in runs {
            let s = run.text
            let utf8 = s.utf8
            var start = utf8.startIndex
            var i = start
            while i != utf8.endIndex {
                let b = utf8[i]
                if b == 0x20 || b == 0x0A || b == 0x09 {
                    if start != i { add(s[start..<i], run.style, isSpace: false) }
                    add(s[i..<utf8.index(after: i)], run.style, isSpace: true)
                    start = utf8.index(after: i)
                }
                i = utf8.index(after: i)
            }
            if start != utf8.endIndex { add(s[start...], run.style, isSpace: false) }
        }
        if !current.parts.isEmpty { out.append(current) }
        return out
    }
}
