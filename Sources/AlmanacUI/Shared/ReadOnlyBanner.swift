import AlmanacModel

/// The warning across the top of every screen when progress cannot be read: why, and what to
/// do, wrapped to at most three rows so the advice is never cut at 80 columns.
public enum ReadOnlyBanner {
    public static let maxRows = 3

    public static func lines(_ text: String?, width: Int, ellipsis: String = "…") -> [String] {
        guard let text, width > 4 else { return [] }
        var lines = StyledWrap.strings(text, width: width - 2)
        if lines.count > maxRows {
            lines = Array(lines.prefix(maxRows))
            lines[maxRows - 1] = Truncate.fit(lines[maxRows - 1] + " " + ellipsis, width - 2, ellipsis: ellipsis)
        }
        return lines
    }

    /// Draws `lines` from row `y`, full width, in reverse warning colours (the quit question too).
    static func draw(_ lines: [String], y: Int, width: Int, into screen: inout Screen) {
        let style = Style(.warning, bold: true, reverse: true)
        for (i, line) in lines.enumerated() {
            screen.fill(Rect(x: 0, y: y + i, width: width, height: 1), style: style)
            screen.put(" " + line, x: 0, y: y + i, style: style)
        }
    }
}
