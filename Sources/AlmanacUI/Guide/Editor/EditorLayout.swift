/// Where the step editor's parts go: the step's text, its status, then the fields, two rows each.
extension GuideLayout {
    var editorBox: Rect { body }

    var editorText: Rect {
        let inner = editorBox.inset(1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// Rows of the step's text shown above the status, of `wrapped` (the rest is cut to leave
    /// room for the fields).
    func editorStepRows(_ wrapped: Int) -> Int { min(wrapped, max(0, editorText.height - 8)) }

    /// The row of the first field.
    func editorFirstField(stepRows: Int) -> Int { editorText.y + stepRows + 2 }

    /// Which field a click on row `y` lands on.
    func editorField(at y: Int, stepRows: Int) -> EditorState.Field? {
        let offset = y - editorFirstField(stepRows: stepRows)
        guard offset >= 0, offset % 2 == 0 else { return nil }
        return EditorState.Field(rawValue: offset / 2)
    }
}
