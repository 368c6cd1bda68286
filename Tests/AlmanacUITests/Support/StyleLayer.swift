@testable import AlmanacUI

extension Screen {
    /// The frame's styles as text, to snapshot beside its characters (as ratatui's buffer
    /// tests compare styles): per row, the runs of cells not drawn plain, e.g.
    /// `2: 1-28 selected+b, 29 border`. `+b` bold, `+u` underline, `+r` reverse video.
    /// Rows drawn all plain are left out. The cursor, or that it is hidden, comes last.
    var styleLayer: String {
        var rows: [String] = []
        for y in 0..<height {
            var runs: [String] = []
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x
                while end + 1 < width, self[end + 1, y].style == style { end += 1 }
                if style != .normal {
                    let name = "\(style.role)" + (style.bold ? "+b" : "") + (style.underline ? "+u" : "") + (style.reverse ? "+r" : "")
                    runs.append((end == x ? "\(x)" : "\(x)-\(end)") + " " + name)
                }
                x = end + 1
            }
            if !runs.isEmpty { rows.append("\(y): " + runs.joined(separator: ", ")) }
        }
        rows.append(cursorHidden ? "cursor: hidden" : "cursor: \(cursor.x),\(cursor.y)")
        return rows.joined(separator: "\n")
    }
}
