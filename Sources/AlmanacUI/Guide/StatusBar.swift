import AlmanacModel

/// The bottom row: the keys that matter here, and whether changes are saved.
enum StatusBar {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ rect: Rect) {
        guard !rect.isEmpty, rect.y >= 0, rect.y < screen.height, rect.x >= 0, rect.maxX <= screen.width else { return }
        // The row rarely changes from one key to the next: drawn once, then copied.
        let key = StatusBarKey(rect: rect, scopes: app.scopes, message: app.message, saveState: app.saveState,
                               readOnly: app.readOnly, unicode: app.unicode)
        if let kept = app.viewMemos.statusBar, kept.key == key {
            screen.withRow(rect.y) { row in
                for i in 0..<rect.width { row[rect.x + i] = kept.cells[i] }
            }
            return
        }
        drawAfresh(app, &screen, rect)
        app.viewMemos.statusBar = (key, (0..<rect.width).map { screen[rect.x + $0, rect.y] })
    }

    static func drawAfresh(_ app: GuideApp, _ screen: inout Screen, _ rect: Rect) {
        let base = Style(.status, reverse: true)
        screen.fill(rect, style: base)

        // Right: a message, or the save state. Always shown in full if it fits at all.
        let right: (String, Style)
        if let m = app.message {
            right = (m, Style(.status, bold: true, reverse: true))
        } else {
            switch app.saveState {
            case .idle: right = (app.readOnly ? "read-only" : "", base)
            case .saving: right = ("saving" + app.glyphs.ellipsis, base)
            case .saved: right = ("saved", Style(.done, bold: true, reverse: true))
            case .failed: right = ("NOT SAVED (see the top)", Style(.error, bold: true, reverse: true))   // the banner says why
            }
        }
        let rightText = right.0.isEmpty ? "" : " " + Truncate.fit(right.0, rect.width - 2, ellipsis: app.glyphs.ellipsis) + " "
        let rightWidth = DisplayWidth.of(rightText)
        var room = rect.width - rightWidth

        // Where you are is in the title bar, so moving between outcomes leaves this row alone.
        var x = rect.x
        // Middle: key hints from the binding table, as many as fit whole.
        for (label, hint) in KeyMap.hints(in: app.scopes) {
            let item = " " + KeyNames.display(label, unicode: app.unicode) + " " + hint + " "
            let w = DisplayWidth.of(item)
            if w > room { break }
            x = screen.put(KeyNames.display(label, unicode: app.unicode), x: x + 1, y: rect.y, style: Style(.status, bold: true, reverse: true), clip: rect)
            x = screen.put(" " + hint + " ", x: x, y: rect.y, style: base, clip: rect)
            room -= w
        }
        if rightWidth > 0 {
            screen.put(rightText, x: rect.maxX - rightWidth, y: rect.y, style: right.1, clip: rect)
        }
    }

    /// Where the user is, e.g. `1 Connectivity › Put into practice`.
    static func location(_ app: GuideApp) -> String {
        let sep = app.glyphs.separator
        switch app.mode {
        case .caseBrowser: return "Case studies"
        case .search: return "Search"
        case .editor: return "Editing " + (app.editor?.stepID ?? "")
        case .main:
            guard let o = app.currentOutcome else { return "Outcome \(app.outcomeIndex + 1)" }
            var s = "\(o.number) \(o.title)"
            if app.focus != .outcomes { s += sep + app.currentPart.title(in: o) }
            if app.focus == .content, let step = app.currentStep { s += sep + step.id }
            return s
        }
    }
}
