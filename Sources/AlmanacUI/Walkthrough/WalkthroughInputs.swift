import AlmanacModel

/// What each walkthrough view is given: built here from the state, so that no view reads
/// `WalkthroughApp` and each view's input says all it draws.
extension WalkthroughApp {
    func viewInput(width: Int, height: Int) -> WalkthroughView.Input {
        let banner = ReadOnlyBanner.lines(readOnlyReason, width: width)
        let l = WalkthroughLayout(width: width, height: height, top: banner.count)
        let body: WalkthroughView.Input.Body
        if showingHelp {
            body = .help
        } else if let contents {
            body = .contents(contentsInput(contents, l))
        } else {
            body = .page(pageInput(l))
        }
        return WalkthroughView.Input(layout: l, banner: banner, ascii: ascii, theme: theme, body: body, done: index, total: stops.count - 1)
    }

    func pageInput(_ l: WalkthroughLayout) -> WalkthroughView.Input.Page {
        let pages = pages(of: stop, expanded: expanded, layout: l)
        let n = min(page, pages.count - 1)
        return WalkthroughView.Input.Page(
            indicator: indicator, outcome: stop.outcome.map { almanac.index.outcomes[$0].title },
            title: WalkthroughView.titleLines(WalkthroughContent.title(stop, almanac), l),
            lines: pages[n], page: n, pageCount: pages.count, isEnding: stop == .ending, message: message,
            cursorRow: currentLine(pages[n], page: n))
    }

    func contentsInput(_ contents: WalkthroughContents, _ l: WalkthroughLayout) -> WalkthroughContentsView.Input {
        let tallies = OutcomeTally.all(almanac: almanac, progress: progress)
        let here = WalkthroughContents.row(of: stop)
        let w = WalkthroughContentsView.window(rows: contents.rows.count, chosen: contents.chosen, l)
        let rows = (w.first..<(w.first + w.count)).map { n -> WalkthroughContentsView.Input.Row in
            let row = contents.rows[n]
            var count = ""
            if case .outcome(let i) = row { count = "\(tallies[i].done) of \(tallies[i].applicable) done" }
            return .init(label: WalkthroughContentsView.label(row, almanac), count: count, here: row == here, chosen: n == contents.chosen)
        }
        return WalkthroughContentsView.Input(
            rows: rows,
            message: contents.message ?? (contents.typed.isEmpty ? message : "Press Enter to go to outcome \(contents.typed)."))
    }

    /// "Outcome 3 of 12 · screen 2 of 9", or where the welcome and ending sit. Each case
    /// study is a screen of its own.
    public var indicator: String {
        switch stop {
        case .welcome: return "Welcome"
        case .ending: return "Summary"
        case .outcome(let i, _, _):
            let screens = stops.indices.filter { stops[$0].outcome == i }
            let n = index - (screens.first ?? index) + 1
            return "Outcome \(i + 1) of \(almanac.outcomes.count) · screen \(n) of \(screens.count)"
        }
    }

    /// The row of this page the cursor rests on, if not the title: the step or heading last
    /// pressed, else a steps screen's first step; on a later page, its first line.
    func currentLine(_ lines: [TextLine], page: Int) -> Int? {
        var found: Int?
        switch stop {
        case .outcome(let i, .steps, _):
            let steps = almanac.outcomes[i].steps
            if let c = current, steps.indices.contains(c) { found = lines.firstIndex { $0.step == steps[c].id } }
            if found == nil { found = lines.firstIndex { $0.step != nil } }
        case .outcome(_, .guidance, _):
            if let c = current, WalkthroughContent.guidanceLabels.indices.contains(c) {
                let label = "\(WalkthroughContent.guidanceLabels[c]). "
                found = lines.firstIndex { $0.text.hasPrefix(label) }
            }
        default: break
        }
        if found == nil, page > 0 { found = lines.firstIndex { !$0.isEmpty } }
        return found
    }
}
