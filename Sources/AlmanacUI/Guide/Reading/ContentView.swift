import AlmanacModel

/// The content pane: the current part's wrapped lines, or the checklist with check boxes.
enum ContentView {
    /// Everything the pane shows.
    struct Input: Equatable {
        var title: String
        var focused: Bool
        /// Why the outcome could not be loaded, in place of its document.
        var problem: String?
        var document: RenderedDocument?
        var scroll: Int
        /// The checklist's steps with their progress, when the document is the checklist.
        var checklist: ChecklistRow.Steps?
        /// The selected step (checklist only).
        var stepIndex: Int
        /// The search's terms, folded, to mark in the text.
        var needles: [[UInt8]]
        var unicode: Bool
    }

    /// Draws the pane; returns where the cursor belongs when the pane has focus.
    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) -> (Int, Int)? {
        let g = Glyphs.of(unicode: input.unicode)
        let focused = input.focused
        let rect = layout.content
        screen.box(rect, title: input.title, glyphs: g, style: focused ? Styles.focusedBorder : Styles.border,
                   titleStyle: focused ? Style(.title, bold: true, reverse: true) : Style(.title, bold: true),
                   sides: !layout.reading)
        let text = layout.contentText
        guard !text.isEmpty else { return nil }
        guard let doc = input.document else {
            let problem = input.problem ?? "This outcome could not be loaded."
            for (i, l) in StyledWrap.strings(problem, width: text.width).enumerated() where i < text.height {
                screen.put(l, x: text.x, y: text.y + i, style: Style(.error, bold: true), clip: text)
            }
            return nil
        }
        // A checklist's rows may use the pane's whole width, past the reading measure: the
        // facts row then has room for a long note at 160 columns.
        let rows = input.checklist == nil ? text : Rect(x: text.x, y: text.y, width: max(text.width, rect.maxX - 2 - text.x), height: text.height)
        let scroll = drawnScroll(input.scroll, lines: doc.lines.count)
        let needles = input.needles
        var cursor: (Int, Int) = (text.x, text.y)
        for r in 0..<text.height {
            let n = scroll + r
            guard doc.lines.indices.contains(n) else { break }
            let line = doc.lines[n]
            let y = text.y + r
            let selected = input.checklist != nil && line.step == input.stepIndex
            if selected && focused {
                screen.put(line.line, x: text.x, y: y, clip: text, restyle: { Styles.select($0) })
            } else {
                drawLine(line, &screen, y: y, text: text, needles: needles)
            }
            if selected && focused {
                for needle in needles { highlight(&screen, line.line, needle: needle, x: text.x, y: y, clip: text) }
            }
            if let steps = input.checklist, let step = line.step, steps.steps.indices.contains(step) {
                ChecklistRow.draw(steps, step, &screen, line: line, x: text.x, y: y, clip: rows, selected: selected,
                                  focused: focused, glyphs: g)
            }
            if selected && focused {
                screen.restyle(Rect(x: rows.x - 1, y: y, width: rows.width + 2, height: 1), Styles.select)
                if case .stepFirst = line.kind { cursor = (text.x, y) }
            }
        }
        if focused { drawPlace(&screen, rect: rect, scroll: scroll, lines: doc.lines.count, rows: text.height) }
        return focused ? cursor : nil
    }

    /// The first line drawn: the state's offset, kept on the document (refresh clamps it; a
    /// frame drawn at another size may not have been).
    static func drawnScroll(_ offset: Int, lines: Int) -> Int {
        max(0, min(offset, max(0, lines - 1)))
    }

    /// One line of the document, with the search's matches marked.
    static func drawLine(_ line: DocLine, _ screen: inout Screen, y: Int, text: Rect, needles: [[UInt8]]) {
        screen.put(line.line, x: text.x, y: y, clip: text)
        for needle in needles { highlight(&screen, line.line, needle: needle, x: text.x, y: y, clip: text) }
    }

    /// The reader's place on the pane's bottom edge, e.g. ` 12-37/400 `, while the document
    /// is longer than the pane (the document beside the lists may still be wrapping).
    static func drawPlace(_ screen: inout Screen, rect: Rect, scroll: Int, lines: Int, rows: Int) {
        guard lines > rows else { return }
        let info = " \(scroll + 1)-\(min(lines, scroll + rows))/\(lines) "
        screen.put(info, x: rect.maxX - 2 - DisplayWidth.of(info), y: rect.maxY - 1, style: Styles.dim,
                   clip: Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1))
    }

    /// Marks each match of the search in a drawn line.
    static func highlight(_ screen: inout Screen, _ line: StyledLine, needle: [UInt8], x: Int, y: Int, clip: Rect) {
        let plain = line.plain
        let bytes = TextMatch.folded(plain)
        let offsets = TextMatch.offsets(of: needle, in: bytes)
        guard !offsets.isEmpty else { return }
        let utf8 = plain.utf8
        for off in offsets {
            let start = utf8.index(utf8.startIndex, offsetBy: off)
            let end = utf8.index(start, offsetBy: needle.count)
            let col = x + DisplayWidth.of(plain[..<start])
            let w = DisplayWidth.of(plain[start..<end])
            screen.restyle(Rect(x: col, y: y, width: w, height: 1).clipped(to: clip)) { _ in Styles.highlight }
        }
    }
}
