/// The case studies browser.
extension GuideApp {
    mutating func openCaseBrowser() {
        if caseBrowser.all.isEmpty {
            _ = loadAll()
            caseBrowser = CaseBrowserState(outcomes: outcomes)
        }
        mode = .caseBrowser
    }

    mutating func caseBrowserCommand(_ command: Command) -> [GuideEffect]? {
        let page = max(1, CaseBrowserView.listRows(layout))
        switch command {
        case .up: caseBrowser.selected -= 1
        case .down: caseBrowser.selected += 1
        case .pageUp: caseBrowser.selected -= page
        case .pageDown: caseBrowser.selected += page
        case .top: caseBrowser.selected = 0
        case .bottom: caseBrowser.selected = .max / 2
        case .filterOutcome: caseBrowser.nextOutcomeFilter(count: outcomeCount)
        case .filterCategory: caseBrowser.nextCategoryFilter()
        case .clearFilters:
            caseBrowser.outcomeFilter = nil
            caseBrowser.categoryFilter = nil
        case .open:
            let shown = caseBrowser.shown
            guard shown.indices.contains(caseBrowser.selected) else { return [] }
            let entry = shown[caseBrowser.selected]
            outcomeIndex = entry.outcome
            load(entry.outcome)
            partIndex = parts.firstIndex(of: .caseStudies) ?? 0
            focus = .content
            pendingItem = entry.index
            mode = .main
        default:
            return nil
        }
        caseBrowser.selected = max(0, min(caseBrowser.selected, caseBrowser.shown.count - 1))
        return []
    }
}
