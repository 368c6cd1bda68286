import AlmanacModel

/// The detail editor: the step, its status, and three fields edited in place.
enum EditorView {
    static let labels = ["Note", "Owner", "Due date"]
    static let labelWidth = 10

    struct Input: Equatable {
        var editor: EditorState
        /// The step's text, wrapped to the editor's width.
        var stepLines: [StyledLine]
        var status: StepStatus
        /// For the hint's example and for showing what `+2w` means before it is saved.
        var today: CalendarDay
        var unicode: Bool
        /// For a team: who set each field, each member's answer, the step's recent history.
        var team: [String] = []
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let e = input.editor
        let g = Glyphs.of(unicode: input.unicode)
        let rect = layout.editorBox
        screen.box(rect, title: "Step \(e.stepID)", glyphs: g, style: Styles.focusedBorder,
                   titleStyle: Style(.title, bold: true, reverse: true))
        let text = layout.editorText
        guard text.width > 0 else { return }
        var y = text.y
        for l in input.stepLines.prefix(layout.editorStepRows(input.stepLines.count)) {
            screen.put(l, x: text.x, y: y, clip: text)
            y += 1
        }
        let status = input.status
        screen.put("Status: " + status.rawValue.replacingHyphens, x: text.x, y: y, style: Styles.dim, clip: text)
        y += 2
        var caret = (text.x, y)
        for field in EditorState.Field.allCases {
            let focused = field == e.field
            let label = Truncate.pad(labels[field.rawValue] + ":", labelWidth)
            let marker = focused ? String(g.marker) : " "
            var x = screen.put(marker + " " + label, x: text.x, y: y, style: focused ? Style(.accent, bold: true) : Styles.dim, clip: text)
            let fieldWidth = max(1, text.maxX - x)
            let fieldStyle = Style(.normal, underline: true, reverse: focused)
            if field == .note {
                // The note on its rows, scrolled so the caret's row shows; its lines as written.
                let note = e.fields[field.rawValue]
                let rows = note.rows(width: fieldWidth - 1)
                let (caretRow, caretColumn) = note.caret(width: fieldWidth - 1)
                let shownRows = layout.editorNoteRows
                let first = max(0, min(caretRow - shownRows + 1, rows.count - shownRows))
                for r in 0..<shownRows {
                    let area = Rect(x: x, y: y + r, width: fieldWidth, height: 1)
                    screen.fill(area.clipped(to: text), style: fieldStyle)
                    if rows.indices.contains(first + r) {
                        screen.put(String(note.characters[rows[first + r]]), x: x, y: y + r, style: fieldStyle, clip: text)
                    }
                }
                if focused { caret = (x + caretColumn, y + caretRow - first) }
                y += shownRows
            } else {
                let visible = e.fields[field.rawValue].visible(width: fieldWidth - 1)
                let area = Rect(x: x, y: y, width: fieldWidth, height: 1)
                screen.fill(area.clipped(to: text), style: fieldStyle)
                x = screen.put(visible.text, x: x, y: y, style: fieldStyle, clip: text)
                if focused { caret = (area.x + visible.caret, y) }
                y += 1
            }
            if field == .due {
                let hint = dueHint(e.fields[field.rawValue].text, today: input.today, glyphs: g)
                screen.put(String(repeating: " ", count: 2 + labelWidth) + hint, x: text.x, y: y, style: Styles.dim, clip: text)
            }
            y += 1
        }
        if let problem = e.problem {
            for l in StyledWrap.strings(problem, width: text.width) {
                screen.put(l, x: text.x, y: y, style: Style(.error, bold: true), clip: text)
                y += 1
            }
        }
        if !input.team.isEmpty { y += 1 }
        for line in input.team {
            for l in StyledWrap.strings(line, width: text.width) where y < text.maxY {
                screen.put(l, x: text.x, y: y, style: Styles.dim, clip: text)
                y += 1
            }
        }
        screen.cursor = caret
    }
}

extension EditorView {
    /// Under the due date: the forms it takes while empty, and the date a counted form such as
    /// `+2w` stands for, so it is seen before it is saved.
    static func dueHint(_ typed: String, today: CalendarDay, glyphs: Glyphs) -> String {
        if typed.trimmingSpaces.isEmpty { return "YYYY-MM-DD, e.g. \(today), or +2w, eom, friday; empty for none" }
        guard let day = DueDateInput.relative(typed, today: today) else { return "" }
        return "\(DisplayText.safe(typed.trimmingSpaces))\(glyphs.arrow)\(day) (\(DueDateInput.weekdayName(day)))"
    }
}

extension String {
    /// `not-started` as `not started`.
    var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}
