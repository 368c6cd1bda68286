/// Where the step editor's parts go: the step's text, its status, then the fields.
extension GuideLayout {
    var editorBox: Rect { body }

    var editorText: Rect {
        let inner = editorBox.inset(1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// Columns of a field's label ("Due date:" padded), after its marker and a space.
    static let editorLabelWidth = 10

    /// Columns of the note's text (after its label and marker).
    var editorNoteWidth: Int { max(1, editorText.width - 2 - Self.editorLabelWidth - 1) }

    /// The first row of each part of the editor, for drawing and for clicks.
    struct EditorRows: Equatable {
        var stepRows: Int
        var noteRows: Int
        var listRows: Int
        var status: Int
        var note: Int
        var owner: Int
        var due: Int
        var reason: Int?
        /// The `Evidence:` heading; the items follow it.
        var evidence: Int
        var evidenceText: Int
        var evidenceLabel: Int
        var keys: Int

        /// The first item shown of `count`, so that item `selected` shows.
        func firstItem(selected: Int, count: Int) -> Int { max(0, min(selected - listRows + 1, count - listRows)) }

        func row(of field: EditorState.Field) -> Int? {
            switch field {
            case .note: note
            case .owner: owner
            case .due: due
            case .reason: reason
            case .evidence: listRows > 0 ? evidence + 1 : nil
            case .evidenceText: evidenceText
            case .evidenceLabel: evidenceLabel
            }
        }
    }

    /// The rows for a step whose text wraps to `wrapped` rows, with `items` evidence items: the
    /// fields always show; the note and the list share what is left with the step's text.
    /// `team` rows of who set what go last, before the note takes more than one row.
    func editorRows(wrapped: Int, items: Int, reason: Bool, team: Int = 0) -> EditorRows {
        let h = editorText.height - (team > 0 ? min(team + 1, max(0, editorText.height - 16)) : 0)
        // Status and its gap; owner; due and its hint; the reason; the evidence heading; the two
        // add fields; the keys row (which also says what is wrong); and gaps after the note, the
        // dates and the list, given up from the last when the screen is short.
        let rows = 2 + 1 + 2 + (reason ? 1 : 0) + 1 + 2 + 1
        let listRows = min(items, max(items == 0 ? 0 : 1, min(h >= 40 ? 8 : 4, h - rows - 3 - 2)))
        let gaps = max(0, min(3, h - rows - listRows - 1))
        let spare = max(0, h - rows - gaps - listRows)
        // The step's text first, up to half of what is left; the note takes the rest, up to 8.
        let stepRows = min(wrapped, max(0, spare / 2))
        let noteRows = max(1, min(8, spare - stepRows))
        var y = editorText.y + stepRows
        let status = y
        y += 2
        let note = y
        y += noteRows + (gaps >= 3 ? 1 : 0)
        let owner = y
        let due = y + 1
        y += 3
        var reasonRow: Int?
        if reason { reasonRow = y; y += 1 }
        y += gaps >= 2 ? 1 : 0
        let evidence = y
        y += 1 + listRows
        return EditorRows(stepRows: stepRows, noteRows: noteRows, listRows: listRows, status: status, note: note, owner: owner,
                          due: due, reason: reasonRow, evidence: evidence, evidenceText: y, evidenceLabel: y + 1,
                          keys: y + 2 + (gaps >= 1 ? 1 : 0))
    }

    /// Which field a click on row `y` lands on, and for the list, which item of those shown.
    func editorField(at y: Int, rows: EditorRows) -> (EditorState.Field, item: Int?)? {
        if y >= rows.note, y < rows.note + rows.noteRows { return (.note, nil) }
        if rows.listRows > 0, y > rows.evidence, y <= rows.evidence + rows.listRows { return (.evidence, y - rows.evidence - 1) }
        for f in [EditorState.Field.owner, .due, .reason, .evidenceText, .evidenceLabel] where rows.row(of: f) == y { return (f, nil) }
        return nil
    }
}
