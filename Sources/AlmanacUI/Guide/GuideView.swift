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
        screen.asciiOnly = !unicode
        let layout = self.layout(width: width, height: height)
        if layout.tooSmall {
            TooSmallView.draw(&screen, width: width, height: height)
            return screen
        }
        TitleBar.draw(titleBarInput, &screen, layout.titleBar)
        if !layout.banner.isEmpty {
            ReadOnlyBanner.draw(Array(bannerLines(width).prefix(layout.banner.height)), y: layout.banner.y, width: width, into: &screen)
        }
        switch mode {
        case .main: MainView.draw(mainInput(layout), &screen, layout)
        case .caseBrowser: CaseBrowserView.draw(caseBrowserInput, &screen, layout)
        case .myWork: MyWorkView.draw(myWorkInput(layout), &screen, layout)
        case .search: SearchView.draw(searchInput(layout), &screen, layout)
        case .editor: if let input = editorInput(layout) { EditorView.draw(input, &screen, layout) }
        }
        StatusBar.draw(statusBarInput, memo: viewMemos, &screen, layout.statusBar)
        if showingHelp { HelpView.draw(helpInput, &screen, layout) }
        if confirmingQuit { QuitPrompt.draw(question: quitQuestion, &screen, layout) }
        return screen
    }

    /// Ticked steps of each outcome and how many it has, in one pass over the progress (the
    /// title bar and the outcomes pane draw these every frame). Before an outcome loads, its
    /// steps are the almanac's fixed `<id>.<theme>.<step>` pattern of three themes of three steps.
    func tallies() -> [OutcomeCount] {
        // Keyed on what the counts are made of; the arrays and dictionary compare at once
        // while they share storage, as they do from frame to frame.
        let key = TalliesKey(steps: progress.steps, outcomes: outcomes)
        if let kept = viewMemos.tallies, kept.key == key { return kept.value }
        let counted = countTallies()
        viewMemos.tallies = (key, counted)
        return counted
    }

    func countTallies() -> [OutcomeCount] {
        content.index.outcomes.indices.map { i in
            let tally = StepTally(stepIDs(ofOutcome: i), in: progress)
            return OutcomeCount(done: tally.done, total: tally.applicable)
        }
    }

    /// The outcome's step ids; before it loads, the almanac's fixed `<id>.<theme>.<step>`
    /// pattern of three themes of three steps.
    func stepIDs(ofOutcome i: Int) -> [String] {
        guard content.isOutcome(i) else { return [] }
        if let o = outcomes[i] { return o.themes.flatMap { $0.steps.map(\.id) } }
        let id = content.index.outcomes[i].id
        return Self.stepSuffixes.map { id + $0 }
    }

    /// `.1.1` to `.3.3`, joined rather than interpolated: the title bar's tallies make 108 ids.
    static let stepSuffixes = (1...3).flatMap { t in (1...3).map { s in ".\(t).\(s)" } }

    /// `Outcome.steps` without building the array.
    static func stepCount(_ themes: [Theme]) -> Int { themes.reduce(0) { $0 + $1.steps.count } }
}
