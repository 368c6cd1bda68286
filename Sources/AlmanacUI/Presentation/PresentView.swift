import AlmanacModel

/// Draws the projected screen: the slide, centred with wide margins, and a discreet footer.
public enum PresentView {
    /// Everything the projected screen draws, built by the app in one place
    /// (`PresentInputs.swift`), so the view reads no state of its own.
    struct Input: Equatable {
        enum Body: Equatable {
            /// Blanked: nothing at all, so the room looks at the speaker.
            case blank
            case help
            /// A slide's page (or the overview), the step chosen in tick mode, and the footer.
            case page(SlidePage, chosen: String?, footer: Footer)
        }

        /// The footer row: where we are, a prompt or mode, and the corner's time.
        struct Footer: Equatable {
            enum Prompt: Equatable {
                case goto(String)
                case message(String)
                /// Tick mode on a slide with this many steps (0 off a practice slide).
                case tickMode(steps: Int)
            }

            enum Corner: Equatable {
                case off
                /// The clock or the time elapsed, as shown.
                case time(String)
                /// Seconds left on the countdown (negative once over).
                case remaining(Int)
            }

            var left: String
            var pageNote: String?
            var prompt: Prompt?
            var corner: Corner
        }

        var ascii: Bool
        var body: Body
    }

    static func render(_ input: Input, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.asciiOnly = input.ascii
        // The room sees no cursor unless a step is chosen (tick mode parks it there).
        screen.cursorHidden = true
        let g = SlideGeometry(width: width, height: height)
        switch input.body {
        case .blank: break
        case .help: drawHelp(into: &screen, geometry: g)
        case .page(let page, let chosen, let footer):
            draw(page, geometry: g, chosen: chosen, into: &screen)
            drawFooter(footer, into: &screen)
        }
        return screen
    }

    /// A page's lines in the body area; the chosen step (tick mode) in reverse video.
    static func draw(_ page: SlidePage, geometry g: SlideGeometry, chosen: String? = nil, into screen: inout Screen) {
        var lines = page.lines
        if let chosen {
            for i in lines.indices where lines[i].step == chosen {
                for r in lines[i].runs.indices { lines[i].runs[r].style.reverse = true }
            }
        }
        let top = page.centredVertically ? g.bodyTop + max(0, (g.bodyHeight - lines.count) / 2) : g.bodyTop
        let x = page.wide ? g.wideMarginX : g.marginX
        // Hidden from the room, but where magnifiers and screen readers look: the first words.
        if let first = lines.firstIndex(where: { !$0.isEmpty }) {
            let wide = page.wide || lines[first].wide
            if let at = TextFlow.firstWords([lines[first]], x: wide ? g.wideMarginX : g.marginX, y: top + first,
                                            width: wide ? g.wideWidth : g.textWidth) { screen.cursor = at }
        }
        for (row, line) in lines.enumerated() {
            let wide = page.wide || line.wide
            TextFlow.draw([line], x: wide ? g.wideMarginX : g.marginX, y: top + row,
                          width: wide ? g.wideWidth : g.textWidth, into: &screen)
        }
        if let row = lines.firstIndex(where: { $0.step == chosen && chosen != nil }) {
            Pen.write("▶", x: x - 2, y: top + row, style: Style(.selected, bold: true), into: &screen)
            screen.cursor = (x, top + row)
            screen.cursorHidden = false
        }
    }

    /// One dim row: where we are on the left; a prompt or mode in the middle; time on the right.
    static func drawFooter(_ footer: Input.Footer, into screen: inout Screen) {
        let y = screen.height - 1
        guard y >= 0 else { return }
        let dim = Style(.dim)
        var leftText = " " + footer.left
        if let pageNote = footer.pageNote { leftText += "  ·  " + pageNote }
        var right = ""
        var rightStyle = dim
        switch footer.corner {
        case .off: break
        case .time(let time): right = time
        case .remaining(let left):
            // Discreet for the room: minutes only until the last five, then the seconds, in colour.
            if left <= 0 { right = "time up"; rightStyle = Style(.error, bold: true) }
            else if left <= 300 { right = SlideClock.countdown(left) + " left"; rightStyle = Style(.warning, bold: true) }
            else { right = "\((left + 59) / 60) min left" }
        }
        var middle: String?
        var middleStyle = Style(.status, bold: true)
        switch footer.prompt {
        case .goto(let digits)?: middle = "Go to outcome: \(digits)_  (number, then Enter)"
        case .message(let m)?:
            middle = m
            middleStyle = Style(.warning, bold: true)
        case .tickMode(let steps)?:
            middle = steps == 0 ? "TICK MODE · Tab to leave"
                : "TICK MODE · ↑↓ choose · Space or 1-\(steps) tick · Tab to leave"
        case nil: break
        }
        let rightEdge = screen.width - 1
        if let middle {
            // The prompt matters more than the slide name: it takes the left when room is short.
            let room = screen.width - AlmanacModel.DisplayWidth.of(right) - 2
            if AlmanacModel.DisplayWidth.of(leftText) + AlmanacModel.DisplayWidth.of(middle) + 4 <= room {
                Pen.write(leftText, x: 0, y: y, style: dim, into: &screen)
                Pen.rightAlign(middle, right: room, y: y, style: middleStyle, into: &screen)
            } else {
                Pen.write(" " + middle, x: 0, y: y, style: middleStyle, limit: room, into: &screen)
            }
        } else {
            Pen.write(leftText, x: 0, y: y, style: dim, limit: rightEdge - AlmanacModel.DisplayWidth.of(right) - 1, into: &screen)
        }
        if !right.isEmpty { Pen.rightAlign(right, right: rightEdge, y: y, style: rightStyle, into: &screen) }
    }

    /// The key table, drawn from the same bindings that drive the keys.
    static func drawHelp(into screen: inout Screen, geometry g: SlideGeometry) {
        var paragraphs = [Paragraph("Keys", style: Style(.title, bold: true), spaceBefore: 0, keepWithNext: true)]
        let labelWidth = (PresentKeys.main + PresentKeys.tickMode).map { AlmanacModel.DisplayWidth.of($0.label) }.max() ?? 0
        func rows(_ table: [PresentBinding]) -> [Paragraph] {
            table.filter { !$0.label.isEmpty }.map { b in
                Paragraph(b.help, marker: AlmanacModel.Wrap.fit(b.label, width: labelWidth) + "  ", markerStyle: Style(.heading, bold: true), spaceBefore: 0)
            }
        }
        paragraphs += rows(PresentKeys.main)
        paragraphs[1].spaceBefore = 1
        paragraphs.append(Paragraph("In tick mode:", style: Style(.heading, bold: true), spaceBefore: 1))
        paragraphs += rows(PresentKeys.tickMode)
        paragraphs.append(Paragraph("F5 and Esc never end the session. Any key closes this help.",
                                    style: Style(.dim), spaceBefore: 1))
        // Wider than a slide's text column: the table must fit whole on a small screen.
        let width = min(g.width - 2, max(g.textWidth, 72))
        var lines = TextFlow.pages(paragraphs, width: width, height: 10_000)[0]
        if lines.count > g.height {
            lines = Array(lines.prefix(max(0, g.height - 1))) + [TextLine("… the window is too small for all the keys", Style(.warning))]
        }
        let top = max(0, (g.height - lines.count) / 2)
        TextFlow.draw(lines, x: (g.width - width) / 2, y: top, width: width, into: &screen)
    }
}
