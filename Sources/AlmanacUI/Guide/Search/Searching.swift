import AlmanacModel

/// Search: an incremental query over the whole almanac, and jumping to hits.
extension GuideApp {
    mutating func openSearch() {
        if searchIndex == nil {
            let all = loadAll()
            if all.count == outcomes.count, let front {
                // The index the command searches (outcomes and front matter once each), placed
                // into every chapter the guide lists.
                var index = content.index
                index.outcomes = Array(index.outcomes.prefix(content.chapters))
                searchIndex = GuideSearch(almanac: Almanac(index: index, front: front, outcomes: Array(all.prefix(content.chapters))),
                                          frontChapters: Array(all.dropFirst(content.chapters)))
            } else {
                message = "Search is off: part of the content could not be loaded"
            }
        }
        search.field = TextField()
        search.hits = []
        search.selected = 0
        search.scroll = 0
        if mode != .search { search.returnMode = mode }
        mode = .search
    }

    mutating func runSearch() {
        search.hits = searchIndex?.hits(search.field.text) ?? []
        search.selected = 0
        search.scroll = 0
    }

    mutating func searchCommand(_ command: Command) -> [GuideEffect] {
        if command != .top, command != .bottom,   // Home and End move in the search field
           let moved = ListPaging.moved(search.selected, by: command, page: layout.searchRows, count: search.hits.count) {
            search.selected = moved
            return []
        }
        switch command {
        case .open:
            guard search.hits.indices.contains(search.selected) else {
                message = search.field.text.isEmpty ? "Type what to find" : "Nothing found"
                return []
            }
            search.highlight = GuideSearch.terms(search.field.text)
            search.current = search.selected
            mode = .main
            go(to: search.hits[search.selected])
        case .cancel:
            mode = search.returnMode
        default: break
        }
        search.selected = max(0, min(search.selected, search.hits.count - 1))
        return []
    }

    /// Shows a hit: its outcome and part, scrolled to it; a step hit selects the step so
    /// Space ticks it.
    mutating func go(to hit: GuideHit) {
        outcomeIndex = hit.outcome
        load(hit.outcome)
        partIndex = parts.firstIndex(of: hit.part) ?? 0
        focus = .content
        if let step = hit.step {
            stepIndex = step
            revealStep = true
        } else {
            pendingItem = hit.item
        }
    }

    /// `n` and `N`: the next or previous hit of the last search.
    mutating func stepHit(by delta: Int) -> [GuideEffect] {
        guard !search.hits.isEmpty, let current = search.current else {
            message = "No search yet: press / to search"
            return []
        }
        let n = search.hits.count
        let next = ((current + delta) % n + n) % n
        search.current = next
        search.selected = next
        go(to: search.hits[next])
        message = "Hit \(next + 1) of \(n)\(n >= 500 ? "+" : "")"
        return []
    }
}
