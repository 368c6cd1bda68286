/// A boxed list with one selected row: the selection bar and a marker when the list has focus,
/// a hollow marker when it does not.
enum ListView {
    /// Draws `rows` (already fitted text per row) from `scroll`; returns the selected row's y.
    @discardableResult
    static func draw(_ screen: inout Screen, _ rect: Rect, title: String, rows: [[Run]], selected: Int,
                     scroll: Int, focused: Bool, glyphs: Glyphs) -> Int? {
        draw(&screen, rect, title: title, count: rows.count, row: { rows[$0] }, selected: selected,
             scroll: scroll, focused: focused, glyphs: glyphs)
    }

    /// The same for a long list: `row(i)` is asked only for the rows on show.
    @discardableResult
    static func draw(_ screen: inout Screen, _ rect: Rect, title: String, count: Int, row: (Int) -> [Run],
                     selected: Int, scroll: Int, focused: Bool, glyphs: Glyphs) -> Int? {
        guard !rect.isEmpty else { return nil }
        screen.box(rect, title: title, glyphs: glyphs, style: focused ? Styles.focusedBorder : Styles.border,
                   titleStyle: focused ? Style(.title, bold: true, reverse: true) : Style(.title, bold: true))
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return nil }
        var selectedY: Int? = nil
        for r in 0..<inner.height {
            let i = scroll + r
            guard i >= 0, i < count else { break }
            let y = inner.y + r
            let isSelected = i == selected
            let marker = isSelected ? String(focused ? glyphs.marker : glyphs.idleMarker) : " "
            var x = screen.put(marker + " ", x: inner.x, y: y, style: isSelected && focused ? Styles.selected : Style(.accent, bold: true), clip: inner)
            for run in row(i) {
                x = screen.put(run.text, x: x, y: y, style: isSelected && focused ? Styles.select(run.style) : run.style, clip: inner)
            }
            if isSelected {
                selectedY = y
                if focused { screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), Styles.select) }
            }
        }
        return selectedY
    }
}
