import AlmanacModel

extension LineModeApp {
    /// `search WORDS`: numbered matches, ten at a time, in the same order as `almanac search`.
    mutating func search(_ words: String) -> LineReply {
        guard let query = SearchQuery(words) else {
            return .refusal(["Search for what? For example: search LoRaWAN, or search \"open data\" for a phrase."])
        }
        let index = searchIndex ?? SearchIndex(almanac: almanac)
        searchIndex = index
        hits = (words, index.search(query))
        guard hits?.hits.isEmpty == false else {
            return LineReply(printer.wrap("No matches for \(DisplayText.safe(words)). Try fewer or shorter words."))
        }
        // A new search from the results replaces them; back still returns to where it began.
        if case .results = place { return show(.results(query: words, page: 0)) }
        return openPlace(.results(query: words, page: 0))
    }

    /// Where a match lives: its step, case study or part; the introduction or an annex.
    func destination(of hit: SearchHit) -> LinePlace? {
        guard let id = hit.outcome, let o = almanac.outcomes.firstIndex(where: { $0.id == id }) else {
            guard case .front(let part) = hit.place else { return .introduction }
            switch part {
            case .acknowledgements, .introduction: return .introduction
            case .contributors, .experts: return .annexA
            case .notablePractice: return .annexB
            }
        }
        let outcome = almanac.outcomes[o]
        switch hit.place {
        case .step(let stepID):
            return outcome.steps.firstIndex { $0.id == stepID }.map { .step(o, $0) } ?? .part(o, .practice)
        case .caseStudy(let organisation):
            return outcome.caseStudies.firstIndex { $0.organisation == organisation }.map { .caseStudy(o, $0) }
                ?? .part(o, .caseStudies)
        default:
            return Part.holding(hit.place, in: outcome).map { .part(o, $0) } ?? .outcome(o)
        }
    }
}
