import AlmanacModel

/// Draws the list of outcomes over the walkthrough: one row each for the welcome, the
/// outcomes (with how many steps are done) and the summary; the chosen row highlighted and
/// holding the cursor, the screen the councillor came from marked.
enum WalkthroughContentsView {
    static let title = "Go straight to an outcome"

    /// The rows that fit between the title and the keys, and the first row shown.
    static func window(_ contents: WalkthroughContents, _ l: WalkthroughLayout) -> (top: Int, first: Int, count: Int) {
        let top = l.bodyTop
        let visible = max(1, l.height - 4 - top) // keys on two rows, a message row, the progress line
        let count = min(visible, contents.rows.count)
        let first = max(0, min(contents.chosen - count / 2, contents.rows.count - count))
        return (top, contents.rows.count <= visible ? 0 : first, count)
    }

    /// Which row a click at `y` lands on.
    static func row(at y: Int, _ app: WalkthroughApp) -> Int? {
        guard let contents = app.contents else { return nil }
        let w = window(contents, app.layout)
        let r = y - w.top
        return r >= 0 && r < w.count ? w.first + r : nil
    }

    static func label(_ row: WalkthroughContents.Row, _ almanac: Almanac) -> String {
        switch row {
        case .welcome: return "Welcome"
        case .outcome(let i): return Pen.padLeft("\(almanac.outcomes[i].number)", to: 2) + ". " + almanac.outcomes[i].title
        case .ending: return WalkthroughContent.title(.ending, almanac)
        }
    }

    static func draw(_ app: WalkthroughApp, _ contents: WalkthroughContents, _ l: WalkthroughLayout, into screen: inout Screen) {
        Pen.write("List of outcomes", x: l.left, y: l.top, style: Style(.accent, bold: true), into: &screen)
        Pen.write(title, x: l.left, y: l.top + 2, style: Style(.title, bold: true), into: &screen)
        let tallies = OutcomeTally.all(almanac: app.almanac, progress: app.progress)
        let here = WalkthroughContents.row(of: app.stop)
        let w = window(contents, l)
        for r in 0..<w.count {
            let n = w.first + r
            let row = contents.rows[n]
            let y = w.top + r
            let chosen = n == contents.chosen
            var text = (chosen ? "▸ " : "  ") + label(row, app.almanac)
            if row == here { text += "   (you are here)" }
            var count = ""
            if case .outcome(let i) = row { count = "\(tallies[i].done) of \(tallies[i].applicable) done" }
            let style = chosen ? Style(.selected, bold: true) : Style(.normal)
            if chosen { Pen.write(String(repeating: " ", count: l.textWidth), x: l.left, y: y, style: style, into: &screen) }
            let room = l.textWidth - AlmanacModel.DisplayWidth.of(count) - 1
            Pen.write(Truncate.fit(text, max(1, room)), x: l.left, y: y, style: style, into: &screen)
            Pen.rightAlign(count, right: l.left + l.textWidth, y: y, style: chosen ? style : Style(.dim), into: &screen)
            if chosen { screen.cursor = (l.left, y) }
        }
        let hints = ["↑ ↓: choose   Enter: go there   or type an outcome's number, then Enter",
                     "Esc or Backspace: back to where you were   ?: all keys"]
        let hintTop = l.height - 1 - hints.count
        for (i, line) in hints.enumerated() {
            Pen.write(line, x: l.left, y: hintTop + i, style: Style(.status, bold: true), into: &screen)
        }
        let message = contents.message ?? (contents.typed.isEmpty ? app.message : "Press Enter to go to outcome \(contents.typed).")
        if let m = message {
            Pen.write(m, x: l.left, y: hintTop - 1, style: Style(.warning, bold: true), limit: l.left + l.textWidth, into: &screen)
        }
    }
}
