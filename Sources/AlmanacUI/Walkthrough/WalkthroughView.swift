import AlmanacModel

public enum WalkthroughView {
    /// Everything a walkthrough frame draws, built by the app in one place
    /// (`WalkthroughInputs.swift`), so the view reads no state of its own.
    struct Input: Equatable {
        /// What fills the screen between the banner and the progress line.
        enum Body: Equatable {
            case help
            case contents(WalkthroughContentsView.Input)
            case page(Page)
        }

        /// One page of a screen, and what is drawn around it.
        struct Page: Equatable {
            /// "Outcome 3 of 12 · screen 2 of 9", or "Welcome", "Summary".
            var indicator: String
            /// The outcome's name, beside the indicator when there is room.
            var outcome: String?
            var title: [String]
            var lines: [TextLine]
            var page: Int
            var pageCount: Int
            /// The summary: Enter on its last page finishes.
            var isEnding: Bool
            var message: String?
            /// The row of `lines` the cursor rests on; nil puts it on the title.
            var cursorRow: Int?
        }

        var layout: WalkthroughLayout
        var banner: [String]
        var ascii: Bool
        var theme: ThemeName
        var body: Body
        /// The progress line: this screen's place, and the last screen's.
        var done: Int
        var total: Int
    }

    /// The title wrapped to the column: at most two lines, the second ending in `…` if cut
    /// (only in a very narrow window).
    static func titleLines(_ title: String, _ l: WalkthroughLayout) -> [String] {
        let lines = AlmanacModel.Wrap.lines(title, width: l.textWidth)
        guard lines.count > 2 else { return lines }
        return [lines[0], Truncate.fit(lines[1] + " " + lines[2], l.textWidth)]
    }

    /// Every key the screens ask for, one to a line, in words.
    static func drawHelp(_ l: WalkthroughLayout, width: Int, height: Int, into screen: inout Screen) {
        Pen.write("The keys", x: l.left, y: l.top + 2, style: Style(.title, bold: true), into: &screen)
        var y = l.top + 4
        let keyWidth = WalkthroughKeys.help.map { AlmanacModel.DisplayWidth.of($0.keys) }.max() ?? 0
        let wrapped = WalkthroughKeys.help.map { keys, meaning in
            (keys, AlmanacModel.Wrap.lines(meaning, width: max(10, l.textWidth - keyWidth - 3)))
        }
        // A blank row between keys when they all fit so; none when the window is short.
        let rows = wrapped.map(\.1.count).reduce(0, +)
        let gap = y + rows + wrapped.count - 1 <= height - 2 ? 1 : 0
        for (keys, lines) in wrapped {
            for (i, line) in lines.enumerated() where y < height - 2 {
                if i == 0 { Pen.write(keys, x: l.left, y: y, style: Style(.accent, bold: true), into: &screen) }
                Pen.write(line, x: l.left + keyWidth + 3, y: y, style: Style(.normal), into: &screen)
                y += 1
            }
            y += gap
        }
        Pen.write("Press any key to go back to the walkthrough.", x: l.left, y: height - 2, style: Style(.status, bold: true), into: &screen)
        screen.cursor = (l.left, l.top + 2)
    }

    static func render(_ input: Input, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.asciiOnly = input.ascii
        screen.theme = input.theme
        let l = input.layout
        ReadOnlyBanner.draw(Array(input.banner.prefix(l.top)), y: 0, width: width, into: &screen)
        switch input.body {
        case .help:
            drawHelp(l, width: width, height: height, into: &screen)
            return screen
        case .contents(let contents):
            WalkthroughContentsView.draw(contents, l, into: &screen)
        case .page(let page):
            drawPage(page, l, height: height, into: &screen)
        }
        drawProgress(done: input.done, total: input.total, ascii: input.ascii, width: width, height: height, into: &screen)
        return screen
    }

    static func drawPage(_ p: Input.Page, _ l: WalkthroughLayout, height: Int, into screen: inout Screen) {
        var here = p.indicator
        if p.pageCount > 1 { here += " · page \(p.page + 1) of \(p.pageCount)" }
        Pen.write(here, x: l.left, y: l.top, style: Style(.accent, bold: true), into: &screen)
        if let name = p.outcome {
            if AlmanacModel.DisplayWidth.of(here) + AlmanacModel.DisplayWidth.of(name) + 3 <= l.textWidth {
                Pen.rightAlign(name, right: l.left + l.textWidth, y: l.top, style: Style(.dim), into: &screen)
            }
        }
        // A title too long for one line runs on; the text starts below it.
        for (i, line) in p.title.enumerated() {
            Pen.write(line, x: l.left, y: l.top + 2 + i, style: Style(.title, bold: true), into: &screen)
        }
        let bodyY = l.bodyTop + (p.title.count > 1 ? 1 : 0)
        TextFlow.draw(p.lines, x: l.left, y: bodyY, width: l.textWidth, into: &screen)

        // The keys, in words, every time.
        let more = p.page + 1 < p.pageCount
        let next = WalkthroughKeys.words(for: .next)
        let forward: String
        switch (p.isEnding, more) {
        case (_, true): forward = "\(next): more of this screen"
        case (true, false): forward = "\(next): finish"
        default: forward = "\(next): next screen"
        }
        let parts = [forward, "\(WalkthroughKeys.words(for: .back)): back",
                     "\(WalkthroughKeys.words(for: .leave)): leave (you can come back)   \(WalkthroughKeys.words(for: .contents)): outcomes   ?: all keys"]
        let oneLine = parts.joinedText(separator: "   ")
        let hintLines = AlmanacModel.DisplayWidth.of(oneLine) <= l.textWidth ? [oneLine]
            : [parts[0], parts[1] + "   " + parts[2]]
        let hintTop = height - 1 - hintLines.count
        for (i, line) in hintLines.enumerated() {
            Pen.write(line, x: l.left, y: hintTop + i, style: Style(.status, bold: true), into: &screen)
        }
        if let m = p.message {
            Pen.write(m, x: l.left, y: hintTop - 1, style: Style(.warning, bold: true), limit: l.left + l.textWidth, into: &screen)
        }
        // The cursor on what this screen is about, so magnifiers and screen readers follow.
        if let r = p.cursorRow {
            screen.cursor = (l.left, bodyY + r)
        } else {
            screen.cursor = (l.left, l.top + 2)
        }
    }

    /// The progress line across the bottom: how far through the whole walk.
    static func drawProgress(done: Int, total: Int, ascii: Bool, width: Int, height: Int, into screen: inout Screen) {
        let label = " \(Int((Double(done) / Double(max(1, total)) * 100).rounded()))% "
        let barWidth = max(1, width - AlmanacModel.DisplayWidth.of(label))
        let filled = total == 0 ? barWidth : barWidth * done / total
        Pen.write(String(repeating: ascii ? "=" : "━", count: filled), x: 0, y: height - 1, style: Style(.done, bold: true), into: &screen)
        Pen.write(String(repeating: ascii ? "-" : "─", count: barWidth - filled), x: filled, y: height - 1, style: Style(.dim), into: &screen)
        Pen.write(label, x: barWidth, y: height - 1, style: Style(.dim), into: &screen)
    }
}
