import AlmanacModel

/// The top row: where you are and overall progress.
enum TitleBar {
    struct Input: Equatable {
        /// Where you are, e.g. `1 Connectivity › Overview`; the almanac's title until an outcome loads.
        var here: String
        var done: Int
        var total: Int
        var unicode: Bool
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ rect: Rect) {
        let style = Style(.title, bold: true, reverse: true)
        screen.fill(rect, style: style)
        let right = " \(input.done)/\(input.total) steps done "
        let rightWidth = DisplayWidth.of(right)
        let ellipsis = Glyphs.of(unicode: input.unicode).ellipsis
        let title = Truncate.fit(input.here, rect.width - rightWidth - 2, ellipsis: ellipsis)
        screen.put(" " + title, x: rect.x, y: rect.y, style: style, clip: rect)
        if rect.width > rightWidth + 10 {
            screen.put(right, x: rect.maxX - rightWidth, y: rect.y, style: style, clip: rect)
        }
    }
}
