/// The case studies browser.
extension GuideApp {
    mutating func openCaseBrowser() {
        if caseBrowser.all.isEmpty {
            _ = loadAll()
            caseBrowser = CaseBrowserState(outcomes: outcomes, front: front)
        }
        mode = .caseBrowser
    }

    mutating func caseBrowserCommand(_ command: Command) -> [GuideEffect]? {
        if let moved = ListPaging.moved(caseBrowser.selected, by: command, page: layout.caseRows,
                                        count: caseBrowser.shown.count) {
            caseBrowser.selected = moved
            return []
        }
        switch command {
        case .filterOutcome: caseBrowser.nextOutcomeFilter(count: content.chapters)
        case .filterCategory: caseBrowser.nextCategoryFilter()
        case .filterType: caseBrowser.nextTypeFilter()
        case .filterRegion: caseBrowser.nextRegionFilter()
        case .clearFilters:
            caseBrowser.outcomeFilter = nil
            caseBrowser.categoryFilter = nil
            caseBrowser.typeFilter = nil
            caseBrowser.regionFilter = nil
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
            // Esc from the study returns to this list, as from any opened item.
            returnsToCaseBrowser = true
        default:
            return nil
        }
        caseBrowser.selected = max(0, min(caseBrowser.selected, caseBrowser.shown.count - 1))
        return []
    }
}
