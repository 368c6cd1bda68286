/// Where a checklist step's check box sits, for drawing it and for clicks on it.
extension GuideLayout {
    /// Columns from the text's left edge of a step's first line: `▸ [✓]` is the marker, a
    /// space, then the box. A click on any column before the box's end ticks the step.
    static let checkBoxColumns = 2..<5
}
