import AlmanacModel

/// Draws the facilitator's screen: the current slide small, the next slide's title, the
/// almanac's fuller text as notes, the elapsed time and the clock.
public enum PresenterView {
    /// Everything the facilitator's screen draws, built by the app in one place
    /// (`PresentInputs.swift`), so the view reads no state of its own.
    struct Input: Equatable {
        enum Body: Equatable {
            case tooSmall
            case help
            case main(Main)
        }

        struct Main: Equatable {
            /// The projected slide (1-based), of how many, and its title.
            var slideNumber: Int
            var slideCount: Int
            var title: String
            /// The projected page (0-based) of the slide's pages.
            var page: Int
            var pageCount: Int
            var elapsed: String
            var clock: String
            /// Seconds left on the countdown (negative once over), when one runs.
            var timerLeft: Int?
            /// The projected page, laid out for the box (`thumbnail`).
            var thumbnail: [TextLine]
            var blanked: Bool
            var tickMode: Bool
            var overviewShown: Bool
            var nextTitle: String
            /// The notes being edited, if so; else the notes shown, their page and the slide's id.
            var editor: TextField?
            var notes: [Paragraph]
            var notesPage: Int
            var slideID: String
            /// Digits typed after `g`, or a one-off line, for the bottom row.
            var gotoDigits: String?
            var message: String?
        }

        var ascii: Bool
        var body: Body
    }

    /// Whether the view has room for more than a request to be larger.
    static func fits(width: Int, height: Int) -> Bool { width >= 20 && height >= 8 }

    /// The frame the projected page is shown small in, from the top left corner.
    static func box(width: Int, height: Int) -> (width: Int, height: Int) { (max(18, width * 11 / 20), height - 3) }

    static func render(_ input: Input, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.asciiOnly = input.ascii
        screen.cursorHidden = true   // nothing on it is chosen: no block in a corner
        switch input.body {
        case .tooSmall:
            Pen.write("Presenter view: make this terminal larger.", x: 0, y: 0, into: &screen)
        case .help:
            PresentView.drawHelp(into: &screen, geometry: SlideGeometry(width: width, height: height))
        case .main(let m):
            draw(m, width: width, height: height, into: &screen)
        }
        return screen
    }

    static func draw(_ m: Input.Main, width: Int, height: Int, into screen: inout Screen) {
        let bold = Style(.heading, bold: true)
        let dim = Style(.dim)

        // Top row: where the room is, and the time.
        var here = "NOW \(m.slideNumber)/\(m.slideCount)  " + m.title
        if m.pageCount > 1 { here += "  (continued \(m.page + 1)/\(m.pageCount))" }
        let time = "elapsed " + m.elapsed + "   " + m.clock
        // The countdown, when one runs: plain, then a warning in the last five minutes, then
        // TIME UP in reverse at zero, so it is seen from the corner of an eye.
        var countdown = "", countdownStyle = bold
        if let left = m.timerLeft {
            if left <= 0 {
                countdown = " TIME UP " + (left < 0 ? SlideClock.countdown(left) + " " : "")
                countdownStyle = Style(.error, bold: true, reverse: true)
            } else {
                countdown = (left <= 300 ? "LAST 5 MIN " : "left ") + SlideClock.countdown(left)
                if left <= 300 { countdownStyle = Style(.warning, bold: true) }
            }
        }
        let timeX = width - AlmanacModel.DisplayWidth.of(time) - 1
        let countdownX = timeX - AlmanacModel.DisplayWidth.of(countdown) - (countdown.isEmpty ? 0 : 3)
        Pen.write(Truncate.fit(here, countdownX - 2), x: 1, y: 0, style: Style(.title, bold: true), into: &screen)
        if !countdown.isEmpty { Pen.write(countdown, x: countdownX, y: 0, style: countdownStyle, into: &screen) }
        Pen.write(time, x: timeX, y: 0, style: bold, into: &screen)

        // Left: the projected page, small, in a frame.
        let (boxW, boxH) = box(width: width, height: height)
        frame(x: 0, y: 1, width: boxW, height: boxH, into: &screen)
        TextFlow.draw(m.thumbnail, x: 2, y: 2, width: boxW - 4, into: &screen)
        // The cursor (hidden) on what the room sees, for magnifiers and screen readers.
        if let at = TextFlow.firstWords(m.thumbnail, x: 2, y: 2, width: boxW - 4) { screen.cursor = at }
        var state: [String] = []
        if m.blanked { state.append("SCREEN BLANKED") }
        if m.tickMode { state.append("TICK MODE") }
        if m.overviewShown { state.append("OVERVIEW SHOWN") }
        if !state.isEmpty { Pen.write(" " + state.joined(separator: " · ") + " ", x: 2, y: 1, style: Style(.warning, bold: true), into: &screen) }

        // Right: next, then notes.
        let rx = boxW + 2
        let rw = width - rx - 1
        var y = 2
        for line in TextFlow.pages([Paragraph(m.nextTitle, marker: "NEXT ", markerStyle: dim, spaceBefore: 0)], width: rw, height: 3)[0] {
            Pen.write(line, x: rx, y: y, limit: rx + rw, into: &screen)
            y += 1
        }
        y += 1
        let notesHeight = max(1, height - 2 - y - 1)
        if let editor = m.editor {
            drawEditor(editor, x: rx, y: y, width: rw, height: notesHeight + 1, into: &screen)
        } else {
            let notes = TextFlow.pages(m.notes, width: rw, height: notesHeight)
            let notesPage = m.notesPage % notes.count
            // The slide's id names its heading in the notes file.
            let label = (notes.count > 1 ? "NOTES \(notesPage + 1)/\(notes.count) (n for more)" : "NOTES") + " · " + m.slideID
            Pen.write(Truncate.fit(label, rw), x: rx, y: y, style: dim, into: &screen)
            TextFlow.draw(notes[notesPage], x: rx, y: y + 1, width: rw, into: &screen)
        }

        // Bottom row: the keys that matter while talking.
        let hint = m.gotoDigits.map { "Go to outcome: \($0)_" } ?? m.message
            ?? "Space/→ next · ← back · b blank · o overview · Tab tick mode · ? keys · q quit"
        Pen.write(" " + hint, x: 0, y: height - 1, style: dim, into: &screen)
    }

    /// The facilitator's own notes for the slide first, then the almanac's fuller text.
    static func notesParagraphs(own: String?, problem: String?, almanac: [Paragraph]) -> [Paragraph] {
        var out: [Paragraph] = []
        if let problem { out.append(Paragraph(problem, style: Style(.warning), spaceBefore: 0)) }
        if let own {
            out.append(.heading("Your notes (e edits)", spaceBefore: out.isEmpty ? 0 : 1))
            // People's text: shown, never obeyed.
            out += own.components(separatedBy: "\n").map { Paragraph(DisplayText.safe($0), spaceBefore: 0) }
            if !almanac.isEmpty { out.append(.heading("From the almanac")) }
        } else {
            out.append(Paragraph("e: add your own notes for this slide", style: Style(.dim), spaceBefore: 0))
        }
        return out + almanac.enumerated().map { i, p in
            var p = p
            if i == 0 { p.spaceBefore = 1 }
            return p
        }
    }

    /// The notes editor: the text on as many rows as it needs, the caret's row kept in view,
    /// and how to save and cancel always shown.
    static func drawEditor(_ field: TextField, x: Int, y: Int, width: Int, height: Int, into screen: inout Screen) {
        Pen.write(Truncate.fit("YOUR NOTES: Ctrl-O saves, Esc cancels", width), x: x, y: y,
                  style: Style(.accent, bold: true), into: &screen)
        let rows = field.rows(width: max(1, width))
        let caret = field.caret(width: max(1, width))
        let shown = max(1, height - 1)
        let first = max(0, caret.row - shown + 1)
        for (i, r) in rows.enumerated().dropFirst(first).prefix(shown) {
            let text = DisplayText.safe(String(field.characters[r]))
            Pen.write(text, x: x, y: y + 1 + i - first, limit: x + width, into: &screen)
        }
        screen.cursor = (x + caret.column, y + 1 + caret.row - first)
        screen.cursorHidden = false
    }

    /// The projected page re-flowed to the small box: text slides keep their words and breaks;
    /// title and statement slides are laid out again at the box's size.
    /// `laidOut` lays the slide out at a size (the app's page memo keeps it).
    static func thumbnail(page: SlidePage, width: Int, height: Int, laidOut: (SlideGeometry) -> SlidePage) -> [TextLine] {
        var lines: [TextLine]
        if page.wide || page.lines.contains(where: \.wide) {
            lines = laidOut(SlideGeometry(width: width + 4, height: height + 2)).lines
        } else {
            var paragraphs: [Paragraph] = []
            var text = ""
            var style = Style.normal
            var marker = ""
            var step: String?
            func flush() {
                if !text.isEmpty || !marker.isEmpty {
                    paragraphs.append(Paragraph(text, style: style, marker: marker, step: step, spaceBefore: 0))
                }
                text = ""; marker = ""; step = nil
            }
            for line in page.lines {
                if line.isEmpty { flush(); continue }
                // A new step, bullet or change of style (kicker, heading, body) starts a new paragraph.
                if line.step != step || (line.runs.count == 2 && !line.runs[0].text.hasPrefix(" "))
                    || (line.runs.last?.style ?? .normal) != style { flush() }
                let runs = line.runs
                if text.isEmpty && marker.isEmpty && runs.count == 2 && !runs[0].text.hasPrefix(" ") {
                    marker = runs[0].text
                    text = runs[1].text
                } else {
                    let body = runs.last?.text ?? ""
                    text += (text.isEmpty ? "" : " ") + body.drop(while: { $0 == " " })
                }
                style = runs.last?.style ?? .normal
                step = line.step
            }
            flush()
            lines = TextFlow.lines(paragraphs, width: width).map(\.line)
        }
        if lines.count > height {
            lines = Array(lines.prefix(max(0, height - 1))) + [TextLine("… (more on the projector)", Style(.dim))]
        }
        return lines
    }

    static func frame(x: Int, y: Int, width: Int, height: Int, into screen: inout Screen) {
        let s = Style(.border)
        Pen.write("┌" + String(repeating: "─", count: max(0, width - 2)) + "┐", x: x, y: y, style: s, into: &screen)
        for row in (y + 1)..<(y + height - 1) {
            Pen.write("│", x: x, y: row, style: s, into: &screen)
            Pen.write("│", x: x + width - 1, y: row, style: s, into: &screen)
        }
        Pen.write("└" + String(repeating: "─", count: max(0, width - 2)) + "┘", x: x, y: y + height - 1, style: s, into: &screen)
    }
}
