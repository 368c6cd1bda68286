import AlmanacModel

/// What slides and walkthrough screens need on top of the guide's `Screen.put`: a right-hand
/// column limit, right alignment, laid-out lines, padding.
public enum Pen {
    /// Writes `text` from column `x` on row `y`, stopping at `limit` (exclusive; the screen's
    /// width by default): the guide's `Screen.put`, clipped to the row. Returns the next column.
    @discardableResult
    public static func write(_ text: String, x: Int, y: Int, style: Style = .normal,
                             limit: Int? = nil, into screen: inout Screen) -> Int {
        screen.put(text, x: x, y: y, style: style,
                   clip: Rect(x: 0, y: y, width: max(0, min(limit ?? screen.width, screen.width)), height: 1))
    }

    /// Writes `text` so that it ends at column `right` (exclusive).
    public static func rightAlign(_ text: String, right: Int, y: Int, style: Style = .normal,
                                  into screen: inout Screen) {
        write(text, x: max(0, right - AlmanacModel.DisplayWidth.of(text)), y: y, style: style, limit: right, into: &screen)
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
}
