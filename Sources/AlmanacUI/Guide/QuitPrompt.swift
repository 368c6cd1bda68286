import AlmanacModel

/// Asked on quitting with unsaved changes: the question, wrapped, just above the status bar,
/// in the read-only banner's warning rows.
enum QuitPrompt {
    static func draw(question: String, _ screen: inout Screen, _ layout: GuideLayout) {
        let width = layout.statusBar.width
        let lines = StyledWrap.strings(question, width: max(10, width - 2)).suffix(max(1, layout.body.height))
        ReadOnlyBanner.draw(Array(lines), y: layout.statusBar.y - lines.count + 1, width: width, into: &screen)
    }
}
