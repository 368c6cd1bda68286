import AlmanacModel

/// Asked on quitting with unsaved changes: the question, wrapped, just above the status bar.
enum QuitPrompt {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ layout: GuideLayout) {
        let width = layout.statusBar.width
        let lines = StyledWrap.strings(app.quitQuestion, width: max(10, width - 2))
        let style = Style(.warning, bold: true, reverse: true)
        let bottom = layout.statusBar.y
        for (i, line) in lines.suffix(max(1, layout.body.height)).enumerated() {
            let y = bottom - lines.count + 1 + i
            screen.fill(Rect(x: 0, y: y, width: width, height: 1), style: style)
            screen.put(" " + line, x: 0, y: y, style: style)
        }
    }
}
