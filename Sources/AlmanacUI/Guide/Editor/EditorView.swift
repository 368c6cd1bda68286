import AlmanacModel

/// The detail editor: the step, its status, its fields edited in place, and its evidence.
enum EditorView {
    static let labels = ["Note", "Owner", "Due date", "Why n/a", "Evidence", "Add", "Label"]
    static let labelWidth = GuideLayout.editorLabelWidth

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
        /// The keys for the focused part, from the key table in use: `Enter add · Del remove`.
        var keys: String = ""
        var rows: GuideLayout.EditorRows
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let e = input.editor
        let g = Glyphs.of(unicode: input.unicode)
        let rect = layout.editorBox
        screen.box(rect, title: "Step \(e.stepID)", glyphs: g, style: Styles.focusedBorder,
                   titleStyle: Style(.title, bold: true, reverse: true))
        let text = layout.editorText
        guard text.width > 0 else { return }
        let rows = input.rows
        for (i, l) in input.stepLines.prefix(rows.stepRows).enumerated() {
            screen.put(l, x: text.x, y: text.y + i, clip: text)
        }
        screen.put("Status: " + input.status.rawValue.replacingHyphens, x: text.x, y: rows.status, style: Styles.dim, clip: text)
        var caret = (text.x, rows.note)
        func label(_ field: EditorState.Field, y: Int) -> Int {
            let focused = field == e.field
            let marker = focused ? String(g.marker) : " "
            return screen.put(marker + " " + Truncate.pad(labels[field.rawValue] + ":", labelWidth), x: text.x, y: y,
                              style: focused ? Style(.accent, bold: true) : Styles.dim, clip: text)
        }
        for field in [EditorState.Field.note, .owner, .due, .reason, .evidenceText, .evidenceLabel] {
            guard let y = rows.row(of: field) else { continue }
            let focused = field == e.field
            let x = label(field, y: y)
            let fieldWidth = max(1, text.maxX - x)
            let fieldStyle = Style(.normal, underline: true, reverse: focused)
            if field == .note {
                // The note on its rows, scrolled so the caret's row shows; its lines as written.
                let note = e.fields[field.rawValue]
                let lines = note.rows(width: fieldWidth - 1)
                let (caretRow, caretColumn) = note.caret(width: fieldWidth - 1)
                let shown = rows.noteRows
                let first = max(0, min(caretRow - shown + 1, lines.count - shown))
                for r in 0..<shown {
                    screen.fill(Rect(x: x, y: y + r, width: fieldWidth, height: 1).clipped(to: text), style: fieldStyle)
                    if lines.indices.contains(first + r) {
                        screen.put(String(note.characters[lines[first + r]]), x: x, y: y + r, style: fieldStyle, clip: text)
                    }
                }
                if focused { caret = (x + caretColumn, y + caretRow - first) }
            } else {
                let visible = e.fields[field.rawValue].visible(width: fieldWidth - 1)
                screen.fill(Rect(x: x, y: y, width: fieldWidth, height: 1).clipped(to: text), style: fieldStyle)
                screen.put(visible.text, x: x, y: y, style: fieldStyle, clip: text)
                if focused { caret = (x + visible.caret, y) }
            }
            if field == .due {
                let hint = dueHint(e.fields[field.rawValue].text, today: input.today, glyphs: g)
                screen.put(String(repeating: " ", count: 2 + labelWidth) + hint, x: text.x, y: y + 1, style: Styles.dim, clip: text)
            }
        }
        drawEvidence(e, rows: rows, &screen, text, glyphs: g, caret: &caret)
        if let problem = e.problem {
            screen.put(Truncate.fit(problem, text.width, ellipsis: g.ellipsis), x: text.x, y: rows.keys, style: Style(.error, bold: true), clip: text)
        } else {
            screen.put(Truncate.fit(input.keys, text.width, ellipsis: g.ellipsis), x: text.x, y: rows.keys, style: Styles.dim, clip: text)
        }
        var y = rows.keys + 2
        for line in input.team {
            for l in StyledWrap.strings(line, width: text.width) where y < text.maxY {
                screen.put(l, x: text.x, y: y, style: Styles.dim, clip: text)
                y += 1
            }
        }
        screen.cursor = caret
    }

    /// `Evidence: 3 items`, then the items numbered as `almanac steps` numbers them, scrolled so
    /// the chosen one shows; display-safe, one line each.
    private static func drawEvidence(_ e: EditorState, rows: GuideLayout.EditorRows, _ screen: inout Screen, _ text: Rect,
                                     glyphs g: Glyphs, caret: inout (Int, Int)) {
        let focused = e.field == .evidence
        let heading = (focused ? String(g.marker) : " ") + " " + Truncate.pad(labels[EditorState.Field.evidence.rawValue] + ":", labelWidth)
        var x = screen.put(heading, x: text.x, y: rows.evidence, style: focused ? Style(.accent, bold: true) : Styles.dim, clip: text)
        x = screen.put(e.evidence.isEmpty ? "none yet" : e.evidence.count == 1 ? "1 item" : "\(e.evidence.count) items", x: x, y: rows.evidence, style: Styles.dim, clip: text)
        guard rows.listRows > 0 else { return }
        let first = rows.firstItem(selected: e.selectedEvidence, count: e.evidence.count)
        let numbered = EvidenceWords.numbered(e.evidence)
        let indent = text.x + 2 + labelWidth
        for r in 0..<rows.listRows where numbered.indices.contains(first + r) {
            let i = first + r, y = rows.evidence + 1 + r
            let chosen = focused && i == e.selectedEvidence
            let width = max(1, text.maxX - indent)
            let style = chosen ? Style(.normal, bold: true, reverse: true) : (e.evidence[i].link != nil ? Style(.accent) : Style(.normal))
            if chosen { screen.fill(Rect(x: indent, y: y, width: width, height: 1).clipped(to: text), style: style) }
            screen.put(Truncate.fit(numbered[i], width, ellipsis: g.ellipsis), x: indent, y: y, style: style, clip: text)
            if chosen { caret = (indent, y) }
        }
        if first + rows.listRows < e.evidence.count {
            screen.put(g.ellipsis + " \(e.evidence.count - first - rows.listRows) more", x: text.x + 2, y: rows.evidence + rows.listRows,
                       style: Styles.dim, clip: Rect(x: text.x, y: 0, width: labelWidth, height: screen.height))
        }
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
