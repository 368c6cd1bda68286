/// Where the step editor's parts go: the step's text, its status, then the fields, two rows each.
extension GuideLayout {
    var editorBox: Rect { body }

    var editorText: Rect {
        let inner = editorBox.inset(1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// Rows of the step's text shown above the status, of `wrapped` (the rest is cut to leave
    /// room for the fields).
    func editorStepRows(_ wrapped: Int) -> Int { min(wrapped, max(0, editorText.height - 8 - (editorNoteRows - 1))) }

    /// Rows the note takes: more on a taller screen.
    var editorNoteRows: Int { max(1, min(8, (editorText.height - 12) / 2)) }

    /// Columns of the note's text (after its label and marker).
    var editorNoteWidth: Int { max(1, editorText.width - 2 - EditorView.labelWidth - 1) }

    /// The row of the first field.
    func editorFirstField(stepRows: Int) -> Int { editorText.y + stepRows + 2 }

    /// The first row of each field: the note takes `editorNoteRows`, the others one, each
    /// followed by a spare row.
    func editorFieldRow(_ field: EditorState.Field, stepRows: Int) -> Int {
        let first = editorFirstField(stepRows: stepRows)
        switch field {
        case .note: return first
        case .owner: return first + editorNoteRows + 1
        case .due: return first + editorNoteRows + 3
        }
    }

    /// Which field a click on row `y` lands on.
    func editorField(at y: Int, stepRows: Int) -> EditorState.Field? {
        if y >= editorFirstField(stepRows: stepRows), y < editorFirstField(stepRows: stepRows) + editorNoteRows { return .note }
        return [.owner, .due].first { editorFieldRow($0, stepRows: stepRows) == y }
    }
}
