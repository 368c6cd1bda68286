import AlmanacModel

/// Below the minimum size: a plain request for more room, whatever the size.
enum TooSmallView {
    static func draw(_ screen: inout Screen, width: Int, height: Int) {
        guard width > 0, height > 0 else { return }
        let text = "Enlarge the window to at least \(GuideLayout.minWidth)x\(GuideLayout.minHeight) to use the guide (now \(width)x\(height)). q quits."
        let lines = StyledWrap.strings(text, width: width)
        let top = max(0, (height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < height {
            let x = max(0, (width - DisplayWidth.of(l)) / 2)
            screen.put(l, x: x, y: top + i, style: Style(.warning, bold: true))
        }
        screen.cursor = (0, top)
    }
}
