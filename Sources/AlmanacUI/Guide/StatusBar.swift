import AlmanacModel

/// The bottom row: the keys that matter here, and whether changes are saved.
enum StatusBar {
    /// Everything the row shows. Its memo is keyed on this and the rectangle, so nothing drawn
    /// can be missing from the key.
    struct Input: Equatable {
        var hints: [GuideKeys.Hint]
        var message: String?
        var saveState: SaveState
        var readOnly: Bool
        var unicode: Bool
    }

    static func draw(_ input: Input, memo: ViewMemos, _ screen: inout Screen, _ rect: Rect) {
        guard !rect.isEmpty, rect.y >= 0, rect.y < screen.height, rect.x >= 0, rect.maxX <= screen.width else { return }
        // The row rarely changes from one key to the next: drawn once, then copied.
        let key = StatusBarKey(rect: rect, input: input)
        if let kept = memo.statusBar, kept.key == key {
            screen.withRow(rect.y) { row in
                for i in 0..<rect.width { row[rect.x + i] = kept.cells[i] }
            }
            return
        }
        drawAfresh(input, &screen, rect)
        memo.statusBar = (key, (0..<rect.width).map { screen[rect.x + $0, rect.y] })
    }

    static func drawAfresh(_ input: Input, _ screen: inout Screen, _ rect: Rect) {
        let glyphs = Glyphs.of(unicode: input.unicode)
        let base = Style(.status, reverse: true)
        screen.fill(rect, style: base)

        // Right: a message, or the save state. Always shown in full if it fits at all.
        let right: (String, Style)
        if let m = input.message {
            right = (m, Style(.status, bold: true, reverse: true))
        } else {
            switch input.saveState {
            case .idle: right = (input.readOnly ? "read-only" : "", base)
            case .saving: right = ("saving" + glyphs.ellipsis, base)
            case .saved: right = ("saved", Style(.done, bold: true, reverse: true))
            case .failed: right = ("NOT SAVED (see the top)", Style(.error, bold: true, reverse: true))   // the banner says why
            }
        }
        let rightText = right.0.isEmpty ? "" : " " + Truncate.fit(right.0, rect.width - 2, ellipsis: glyphs.ellipsis) + " "
        let rightWidth = DisplayWidth.of(rightText)
        var room = rect.width - rightWidth

        // Where you are is in the title bar, so moving between outcomes leaves this row alone.
        var x = rect.x
        // Middle: key hints from the binding table, as many as fit whole.
        for (label, hint) in input.hints.map({ ($0.label, $0.hint) }) {
            let item = " " + KeyNames.display(label, unicode: input.unicode) + " " + hint + " "
            let w = DisplayWidth.of(item)
            if w > room { break }
            x = screen.put(KeyNames.display(label, unicode: input.unicode), x: x + 1, y: rect.y, style: Style(.status, bold: true, reverse: true), clip: rect)
            x = screen.put(" " + hint + " ", x: x, y: rect.y, style: base, clip: rect)
            room -= w
        }
        if rightWidth > 0 {
            screen.put(rightText, x: rect.maxX - rightWidth, y: rect.y, style: right.1, clip: rect)
        }
    }
}
