import AlmanacModel

/// Writes text into a `Screen` by display columns, so wide characters keep the grid aligned.
///
/// A namespace rather than `Screen` methods, so it cannot clash with helpers other views add.
public enum Pen {
    /// Writes `text` from column `x` on row `y`, stopping at `limit` (exclusive; the screen's
    /// width by default). Returns the column after the last character written.
    @discardableResult
    public static func write(_ text: String, x: Int, y: Int, style: Style = .normal,
                             limit: Int? = nil, into screen: inout Screen) -> Int {
        guard y >= 0, y < screen.height else { return x }
        let end = min(limit ?? screen.width, screen.width)
        var col = x
        for ch in text {
            let w = AlmanacModel.DisplayWidth.of(String(ch))
            if w == 0 { continue }
            if col + w > end { break }
            if col >= 0 {
                screen[col, y] = Cell(ch, style: style)
                if w == 2 { screen[col + 1, y] = Cell(" ", style: style, continuation: true) }
            }
            col += w
        }
        return col
    }

    /// Writes `text` centred between `left` and `left + width`.
    public static func centre(_ text: String, left: Int, width: Int, y: Int, style: Style = .normal,
                              into screen: inout Screen) {
        let w = AlmanacModel.DisplayWidth.of(text)
        write(text, x: left + max(0, (width - w) / 2), y: y, style: style, limit: left + width, into: &screen)
    }

    /// Writes `text` so that it ends at column `right` (exclusive).
    public static func rightAlign(_ text: String, right: Int, y: Int, style: Style = .normal,
                                  into screen: inout Screen) {
        write(text, x: max(0, right - AlmanacModel.DisplayWidth.of(text)), y: y, style: style, limit: right, into: &screen)
    }

    /// Fills a rectangle with blanks in `style` (e.g. to give a row a background).
    public static func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .normal,
                            into screen: inout Screen) {
        for row in max(0, y)..<min(screen.height, y + height) {
            for col in max(0, x)..<min(screen.width, x + width) { screen[col, row] = Cell(" ", style: style) }
        }
    }

    /// Writes a laid-out line: its runs one after another from column `x`.
    public static func write(_ line: TextLine, x: Int, y: Int, limit: Int? = nil, into screen: inout Screen) {
        var col = x
        for run in line.runs { col = write(run.text, x: col, y: y, style: run.style, limit: limit, into: &screen) }
    }

    /// `text` with spaces in front to make it `width` columns (right-aligned numbers).
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - AlmanacModel.DisplayWidth.of(text))) + text
    }

    /// `text` without trailing spaces.
    public static func trimTrailing(_ text: String) -> String {
        var s = text
        while s.last == " " { s.removeLast() }
        return s
    }

    /// `text` cut to `width` columns with `…` where it was cut, so a shortened line says so.
    public static func ellipsis(_ text: String, width: Int) -> String {
        guard AlmanacModel.DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        return trimTrailing(AlmanacModel.Wrap.fit(text, width: width - 1)) + "…"
    }
}
