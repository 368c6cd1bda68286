import AlmanacModel

public enum WalkthroughView {
    /// The screen's pages, laid out once for its inputs (`WalkthroughPagesKey`) and kept.
    static func pages(_ app: WalkthroughApp, layout: WalkthroughLayout) -> [[TextLine]] {
        pages(app, of: app.stop, expanded: app.expanded, layout: layout)
    }

    static func pages(_ app: WalkthroughApp, of stop: WalkthroughStop, expanded: Set<Int>, layout: WalkthroughLayout) -> [[TextLine]] {
        app.pageMemo.pages(for: pagesKey(app, of: stop, expanded: expanded, layout: layout)) {
            let body = WalkthroughContent.body(stop, app.almanac, app.progress, expanded: expanded,
                                               width: layout.textWidth, ascii: app.ascii)
            let title = titleLines(WalkthroughContent.title(stop, app.almanac), layout)
            return TextFlow.pages(body, width: layout.textWidth, height: layout.bodyHeight - (title.count - 1))
        }
    }

    static func pagesKey(_ app: WalkthroughApp, of stop: WalkthroughStop, expanded: Set<Int>, layout: WalkthroughLayout) -> WalkthroughPagesKey {
        WalkthroughPagesKey(stop: stop, steps: app.progress.steps, expanded: expanded, layout: layout, ascii: app.ascii)
    }

    /// The title wrapped to the column: at most two lines, the second ending in `…` if cut
    /// (only in a very narrow window).
    static func titleLines(_ app: WalkthroughApp, _ l: WalkthroughLayout) -> [String] {
        titleLines(WalkthroughContent.title(app.stop, app.almanac), l)
    }

    static func titleLines(_ title: String, _ l: WalkthroughLayout) -> [String] {
        let lines = AlmanacModel.Wrap.lines(title, width: l.textWidth)
        guard lines.count > 2 else { return lines }
        return [lines[0], Truncate.fit(lines[1] + " " + lines[2], l.textWidth)]
    }

    /// "Outcome 3 of 12 · screen 2 of 9", or where the welcome and ending sit. Each case
    /// study is a screen of its own.
    public static func indicator(_ app: WalkthroughApp) -> String {
        switch app.stop {
        case .welcome: return "Welcome"
        case .ending: return "Summary"
        case .outcome(let i, _, _):
            let screens = app.stops.indices.filter { app.stops[$0].outcome == i }
            let n = app.index - (screens.first ?? app.index) + 1
            return "Outcome \(i + 1) of \(app.almanac.outcomes.count) · screen \(n) of \(screens.count)"
        }
    }

    /// The row of this page the cursor rests on, if not the title: the step or heading last
    /// pressed, else a steps screen's first step; on a later page, its first line.
    static func currentLine(_ app: WalkthroughApp, _ lines: [TextLine], page: Int) -> Int? {
        var found: Int?
        switch app.stop {
        case .outcome(let i, .steps, _):
            let steps = app.almanac.outcomes[i].steps
            if let c = app.current, steps.indices.contains(c) { found = lines.firstIndex { $0.step == steps[c].id } }
            if found == nil { found = lines.firstIndex { $0.step != nil } }
        case .outcome(_, .guidance, _):
            if let c = app.current, WalkthroughContent.guidanceLabels.indices.contains(c) {
                let label = "\(WalkthroughContent.guidanceLabels[c]). "
                found = lines.firstIndex { $0.text.hasPrefix(label) }
            }
        default: break
        }
        if found == nil, page > 0 { found = lines.firstIndex { !$0.isEmpty } }
        return found
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

    public static func render(_ app: WalkthroughApp, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.asciiOnly = app.ascii
        let banner = ReadOnlyBanner.lines(app.readOnlyReason, width: width)
        let l = WalkthroughLayout(width: width, height: height, top: banner.count)
        ReadOnlyBanner.draw(Array(banner.prefix(l.top)), y: 0, width: width, into: &screen)
        if app.showingHelp {
            drawHelp(l, width: width, height: height, into: &screen)
            return screen
        }
        if let contents = app.contents {
            WalkthroughContentsView.draw(app, contents, l, into: &screen)
            drawProgress(app, width: width, height: height, into: &screen)
            return screen
        }
        let pages = WalkthroughView.pages(app, layout: l)
        let n = min(app.page, pages.count - 1)

        var here = indicator(app)
        if pages.count > 1 { here += " · page \(n + 1) of \(pages.count)" }
        Pen.write(here, x: l.left, y: l.top, style: Style(.accent, bold: true), into: &screen)
        if let o = app.stop.outcome {
            let name = app.almanac.outcomes[o].title
            if AlmanacModel.DisplayWidth.of(here) + AlmanacModel.DisplayWidth.of(name) + 3 <= l.textWidth {
                Pen.rightAlign(name, right: l.left + l.textWidth, y: l.top, style: Style(.dim), into: &screen)
            }
        }
        let title = titleLines(app, l)
        // A title too long for one line runs on; the text starts below it.
        for (i, line) in title.enumerated() {
            Pen.write(line, x: l.left, y: l.top + 2 + i, style: Style(.title, bold: true), into: &screen)
        }
        let bodyY = l.bodyTop + (title.count > 1 ? 1 : 0)
        TextFlow.draw(pages[n], x: l.left, y: bodyY, width: l.textWidth, into: &screen)

        // The keys, in words, every time.
        let more = n + 1 < pages.count
        let next = WalkthroughKeys.words(for: .next)
        let forward: String
        switch (app.stop, more) {
        case (_, true): forward = "\(next): more of this screen"
        case (.ending, false): forward = "\(next): finish"
        default: forward = "\(next): next screen"
        }
        let parts = [forward, "\(WalkthroughKeys.words(for: .back)): back",
                     "\(WalkthroughKeys.words(for: .leave)): leave (you can come back)   \(WalkthroughKeys.words(for: .contents)): outcomes   ?: all keys"]
        let oneLine = parts.joined(separator: "   ")
        let hintLines = AlmanacModel.DisplayWidth.of(oneLine) <= l.textWidth ? [oneLine]
            : [parts[0], parts[1] + "   " + parts[2]]
        let hintTop = height - 1 - hintLines.count
        for (i, line) in hintLines.enumerated() {
            Pen.write(line, x: l.left, y: hintTop + i, style: Style(.status, bold: true), into: &screen)
        }
        if let m = app.message {
            Pen.write(m, x: l.left, y: hintTop - 1, style: Style(.warning, bold: true), limit: l.left + l.textWidth, into: &screen)
        }

        drawProgress(app, width: width, height: height, into: &screen)
        // The cursor on what this screen is about, so magnifiers and screen readers follow.
        if let r = currentLine(app, pages[n], page: n) {
            screen.cursor = (l.left, bodyY + r)
        } else {
            screen.cursor = (l.left, l.top + 2)
        }
        return screen
    }

    /// The progress line across the bottom: how far through the whole walk.
    static func drawProgress(_ app: WalkthroughApp, width: Int, height: Int, into screen: inout Screen) {
        let done = app.index
        let total = app.stops.count - 1
        let label = " \(Int((Double(done) / Double(max(1, total)) * 100).rounded()))% "
        let barWidth = max(1, width - AlmanacModel.DisplayWidth.of(label))
        let filled = total == 0 ? barWidth : barWidth * done / total
        Pen.write(String(repeating: app.ascii ? "=" : "━", count: filled), x: 0, y: height - 1, style: Style(.done, bold: true), into: &screen)
        Pen.write(String(repeating: app.ascii ? "-" : "─", count: barWidth - filled), x: filled, y: height - 1, style: Style(.dim), into: &screen)
        Pen.write(label, x: barWidth, y: height - 1, style: Style(.dim), into: &screen)
    }
}
