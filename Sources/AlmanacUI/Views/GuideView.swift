import AlmanacModel

/// Drawing the whole guide: a pure function of the state and a size.
extension GuideApp {
    public func render(width: Int, height: Int) -> Screen {
        let layout = self.layout(width: width, height: height)
        let key = readingFrameKey(width: width, height: height, layout: layout)
        if let key, let reused = frameMemo.frame(for: key, scroll: drawnScroll, make: { scrolled($0, from: $1, layout: layout) }) {
            return reused
        }
        return frameMemo.keep(renderAfresh(width: width, height: height), for: key, scroll: drawnScroll)
    }

    /// The frame drawn from nothing: what `render` gives, with or without its memo.
    func renderAfresh(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.theme = theme
        let layout = self.layout(width: width, height: height)
        if layout.tooSmall {
            TooSmallView.draw(&screen, width: width, height: height)
            return screen
        }
        TitleBar.draw(self, &screen, layout.titleBar)
        if !layout.banner.isEmpty {
            ReadOnlyBanner.draw(Array(bannerLines(width).prefix(layout.banner.height)), y: layout.banner.y, width: width, into: &screen)
        }
        switch mode {
        case .main: MainView.draw(self, &screen, layout)
        case .caseBrowser: CaseBrowserView.draw(self, &screen, layout)
        case .search: SearchView.draw(self, &screen, layout)
        case .editor: EditorView.draw(self, &screen, layout)
        }
        StatusBar.draw(self, &screen, layout.statusBar)
        if showingHelp { HelpView.draw(self, &screen, layout) }
        if confirmingQuit { QuitPrompt.draw(self, &screen, layout) }
        return screen
    }

    /// Ticked steps of each outcome and how many it has, in one pass over the progress (the
    /// title bar and the outcomes pane draw these every frame). Before an outcome loads, its
    /// steps are the almanac's fixed `<id>.<theme>.<step>` pattern of three themes of three steps.
    func tallies() -> [(done: Int, total: Int)] {
        if let kept = viewMemos.tallies, kept.revision == tallyRevision { return kept.value }
        let counted = countTallies()
        viewMemos.tallies = (tallyRevision, counted)
        return counted
    }

    func countTallies() -> [(done: Int, total: Int)] {
        content.index.outcomes.indices.map { i in
            let tally = StepTally(stepIDs(ofOutcome: i), in: progress)
            return (done: tally.done, total: tally.applicable)
        }
    }

    /// The outcome's step ids; before it loads, the almanac's fixed `<id>.<theme>.<step>`
    /// pattern of three themes of three steps.
    func stepIDs(ofOutcome i: Int) -> [String] {
        if let o = outcomes[i] { return o.themes.flatMap { $0.steps.map(\.id) } }
        let id = content.index.outcomes[i].id
        return (1...3).flatMap { t in (1...3).map { s in "\(id).\(t).\(s)" } }
    }

    /// `Outcome.steps` without building the array.
    static func stepCount(_ themes: [Theme]) -> Int { themes.reduce(0) { $0 + $1.steps.count } }
}

/// Styles shared by the views.
enum Styles {
    /// Selection is a bar in the theme's own colours (reverse video in mono) and a marker,
    /// never colour alone. Not reverse video of the row: on a light terminal that made a
    /// white bar on white.
    static let selected = Style(.selected, bold: true)
    static let focusedBorder = Style(.accent, bold: true)
    static let border = Style(.border)
    static let dim = Style(.dim)
    static let highlight = Style(.warning, bold: true, underline: true, reverse: true)

    static func select(_ s: Style) -> Style {
        var out = s
        out.reverse = false
        out.role = .selected
        return out
    }
}

/// The top row: the almanac's title and overall progress.
enum TitleBar {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ rect: Rect) {
        let style = Style(.title, bold: true, reverse: true)
        screen.fill(rect, style: style)
        let tallies = app.tallies()
        let right = " \(tallies.map(\.done).reduce(0, +))/\(tallies.map(\.total).reduce(0, +)) steps done "
        let rightWidth = DisplayWidth.of(right)
        // Where you are, e.g. `1 Connectivity › Overview`; the almanac's title until an outcome loads.
        let here = !app.outcomeLoaded && app.mode == .main ? app.content.index.title : StatusBar.location(app)
        let title = Truncate.fit(here, rect.width - rightWidth - 2, ellipsis: app.glyphs.ellipsis)
        screen.put(" " + title, x: rect.x, y: rect.y, style: style, clip: rect)
        if rect.width > rightWidth + 10 {
            screen.put(right, x: rect.maxX - rightWidth, y: rect.y, style: style, clip: rect)
        }
    }
}

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
