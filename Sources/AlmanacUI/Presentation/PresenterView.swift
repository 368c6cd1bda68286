import AlmanacModel

/// Draws the facilitator's screen: the current slide small, the next slide's title, the
/// almanac's fuller text as notes, the elapsed time and the clock.
public enum PresenterView {
    public static func render(_ app: PresentApp, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.asciiOnly = app.ascii
        screen.cursorHidden = true   // nothing on it is chosen: no block in a corner
        guard width >= 20, height >= 8 else {
            Pen.write("Presenter view: make this terminal larger.", x: 0, y: 0, into: &screen)
            return screen
        }
        if app.overlay == .help {
            PresentView.drawHelp(into: &screen, geometry: SlideGeometry(width: width, height: height))
            return screen
        }
        let bold = Style(.heading, bold: true)
        let dim = Style(.dim)
        let projected = app.pages(of: app.slideIndex)
        let n = min(app.page, projected.count - 1)

        // Top row: where the room is, and the time.
        var here = "NOW \(app.slideIndex + 1)/\(app.deck.count)  " + SlideContent.title(app.slide, app.almanac)
        if projected.count > 1 { here += "  (continued \(n + 1)/\(projected.count))" }
        let time = "elapsed " + SlideClock.elapsed(from: app.startedAt, to: app.now)
            + "   " + SlideClock.clock(app.now, timeZone: app.environment.timeZone)
        // The countdown, when one runs: plain, then a warning in the last five minutes, then
        // TIME UP in reverse at zero, so it is seen from the corner of an eye.
        var countdown = "", countdownStyle = bold
        if let left = app.timerLeft {
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
        let boxW = max(18, width * 11 / 20)
        let boxH = height - 3
        frame(x: 0, y: 1, width: boxW, height: boxH, into: &screen)
        let inner = thumbnail(app, page: projected[n], width: boxW - 4, height: boxH - 2)
        TextFlow.draw(inner, x: 2, y: 2, width: boxW - 4, into: &screen)
        // The cursor (hidden) on what the room sees, for magnifiers and screen readers.
        if let at = TextFlow.firstWords(inner, x: 2, y: 2, width: boxW - 4) { screen.cursor = at }
        var state: [String] = []
        if app.blanked { state.append("SCREEN BLANKED") }
        if app.tickMode { state.append("TICK MODE") }
        if app.overlay == .overview { state.append("OVERVIEW SHOWN") }
        if !state.isEmpty { Pen.write(" " + state.joined(separator: " · ") + " ", x: 2, y: 1, style: Style(.warning, bold: true), into: &screen) }

        // Right: next, then notes.
        let rx = boxW + 2
        let rw = width - rx - 1
        var y = 2
        let nextTitle: String
        if n + 1 < projected.count {
            nextTitle = SlideContent.title(app.slide, app.almanac) + " (continued)"
        } else if app.slideIndex + 1 < app.deck.count {
            nextTitle = SlideContent.title(app.deck.slides[app.slideIndex + 1], app.almanac)
        } else {
            nextTitle = "(end of the slides)"
        }
        for line in TextFlow.pages([Paragraph(nextTitle, marker: "NEXT ", markerStyle: dim, spaceBefore: 0)], width: rw, height: 3)[0] {
            Pen.write(line, x: rx, y: y, limit: rx + rw, into: &screen)
            y += 1
        }
        y += 1
        let notesHeight = max(1, height - 2 - y - 1)
        if let editor = app.notesEditor {
            drawEditor(editor.field, x: rx, y: y, width: rw, height: notesHeight + 1, into: &screen)
        } else {
            let notes = TextFlow.pages(notesParagraphs(app), width: rw, height: notesHeight)
            let notesPage = app.notesPage % notes.count
            // The slide's id names its heading in the notes file.
            let label = (notes.count > 1 ? "NOTES \(notesPage + 1)/\(notes.count) (n for more)" : "NOTES") + " · " + app.slide.id(in: app.almanac)
            Pen.write(Truncate.fit(label, rw), x: rx, y: y, style: dim, into: &screen)
            TextFlow.draw(notes[notesPage], x: rx, y: y + 1, width: rw, into: &screen)
        }

        // Bottom row: the keys that matter while talking.
        let hint = app.gotoDigits.map { "Go to outcome: \($0)_" } ?? app.message
            ?? "Space/→ next · ← back · b blank · o overview · Tab tick mode · ? keys · q quit"
        Pen.write(" " + hint, x: 0, y: height - 1, style: dim, into: &screen)
        return screen
    }

    /// The facilitator's own notes for the slide first, then the almanac's fuller text.
    static func notesParagraphs(_ app: PresentApp) -> [Paragraph] {
        let almanac = SlideContent.notes(app.slide, app.almanac)
        var out: [Paragraph] = []
        if let problem = app.notesProblem { out.append(Paragraph(problem, style: Style(.warning), spaceBefore: 0)) }
        if let own = app.facilitatorNotes.notes(for: app.slide.id(in: app.almanac)) {
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
    static func thumbnail(_ app: PresentApp, page: SlidePage, width: Int, height: Int) -> [TextLine] {
        var lines: [TextLine]
        if page.wide || page.lines.contains(where: \.wide) {
            let g = SlideGeometry(width: width + 4, height: height + 2)
            lines = app.pages(of: app.slide, geometry: g)[0].lines
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
