import AlmanacModel

/// The top row: the almanac's title and overall progress.
enum TitleBar {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ rect: Rect) {
        let style = Style(.title, bold: true, reverse: true)
        screen.fill(rect, style: style)
        let tallies = app.tallies()
        let right = " \(tallies.map(\.done).reduce(0, +))/\(tallies.map(\.total).reduce(0, +)) steps done "
        let rightWidth = DisplayWidth.of(right)
        // Where you are, e.g. `1 Connectivity › Overview`; the almanac's title until an outcome loads.
        let here = !app.outcomeLoaded && app.mode == .main ? app.content.index.title : StatusBar.location(app)
        let title = Truncate.fit(here, rect.width - rightWidth - 2, ellipsis: app.glyphs.ellipsis)
        screen.put(" " + title, x: rect.x, y: rect.y, style: style, clip: rect)
        if rect.width > rightWidth + 10 {
            screen.put(right, x: rect.maxX - rightWidth, y: rect.y, style: style, clip: rect)
        }
    }
}
