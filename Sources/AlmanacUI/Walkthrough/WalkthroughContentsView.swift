import AlmanacModel

/// Draws the list of outcomes over the walkthrough: one row each for the welcome, the
/// outcomes (with how many steps are done) and the summary; the chosen row highlighted and
/// holding the cursor, the screen the councillor came from marked.
enum WalkthroughContentsView {
    static let title = "Go straight to an outcome"

    /// Everything the list draws, built by the app (`WalkthroughInputs.swift`).
    struct Input: Equatable {
        struct Row: Equatable {
            var label: String
            /// "3 of 9 done" for an outcome's row, empty for the others.
            var count: String
            /// The row of the screen the councillor came from.
            var here: Bool
            var chosen: Bool
        }

        /// The rows that fit (`window`), from the first shown.
        var rows: [Row]
        /// Why the last key did nothing, what Enter will do, or the walkthrough's hint.
        var message: String?
    }

    /// The rows that fit between the title and the keys, and the first row shown.
    static func window(rows: Int, chosen: Int, _ l: WalkthroughLayout) -> (top: Int, first: Int, count: Int) {
        let top = l.bodyTop
        let visible = max(1, l.height - 4 - top) // keys on two rows, a message row, the progress line
        let count = min(visible, rows)
        let first = max(0, min(chosen - count / 2, rows - count))
        return (top, rows <= visible ? 0 : first, count)
    }

    /// Which row a click at `y` lands on.
    static func row(at y: Int, _ contents: WalkthroughContents, _ l: WalkthroughLayout) -> Int? {
        let w = window(rows: contents.rows.count, chosen: contents.chosen, l)
        let r = y - w.top
        return r >= 0 && r < w.count ? w.first + r : nil
    }

    static func label(_ row: WalkthroughContents.Row, _ almanac: Almanac) -> String {
        switch row {
        case .welcome: return "Welcome"
        case .outcome(let i): return Pen.padLeft("\(almanac.index.outcomes[i].number)", to: 2) + ". " + almanac.index.outcomes[i].title
        case .ending: return WalkthroughContent.title(.ending, almanac)
        }
    }

    static func draw(_ input: Input, _ l: WalkthroughLayout, into screen: inout Screen) {
        Pen.write("List of outcomes", x: l.left, y: l.top, style: Style(.accent, bold: true), into: &screen)
        Pen.write(title, x: l.left, y: l.top + 2, style: Style(.title, bold: true), into: &screen)
        for (r, row) in input.rows.enumerated() {
            let y = l.bodyTop + r
            let chosen = row.chosen
            var text = (chosen ? "▸ " : "  ") + row.label
            if row.here { text += "   (you are here)" }
            let count = row.count
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
        if let m = input.message {
            Pen.write(m, x: l.left, y: hintTop - 1, style: Style(.warning, bold: true), limit: l.left + l.textWidth, into: &screen)
        }
    }
}
