import AlmanacModel

/// A search hit placed in the guide: the outcome, part and item to show.
public struct GuideHit: Hashable, Sendable {
    public var outcome: Int
    public var part: Part
    /// The item within the part's document.
    public var item: Int
    /// The step's position among the outcome's nine, when the hit is a practice step.
    public var step: Int?
    /// The matching block's text and where in it (UTF-8 bytes) the match starts.
    public var text: String
    public var offset: Int
    public var length: Int
}

/// The model's search engine (the one `almanac search` uses, so both find the same hits in the
/// same order), with each hit placed in the guide's outcomes, parts and items; front matter
/// and annex hits go to the introduction and annexes chapters listed after the outcomes.
public struct GuideSearch: Sendable {
    let index: SearchIndex
    let outcomes: [Outcome]
    let ids: [String: Int]
    /// Each part's items, folded once here rather than for every hit of every query.
    let parts: [Key: [Folded]]

    struct Key: Hashable, Sendable { var outcome: Int; var part: Part }
    struct Folded: Sendable { var item: DocItem; var text: [UInt8] }

    /// `frontChapters`: the introduction and annexes as the guide lists them (`FrontChapters`).
    public init(almanac: Almanac, frontChapters: [Outcome] = []) {
        index = SearchIndex(almanac: almanac)
        outcomes = almanac.outcomes + frontChapters
        ids = Dictionary(uniqueKeysWithValues: outcomes.enumerated().map { ($1.id, $0) })
        var parts: [Key: [Folded]] = [:]
        for (oi, o) in outcomes.enumerated() {
            for part in Part.all(of: o) {
                parts[Key(outcome: oi, part: part)] = DocumentBuilder.items(o, part, front: nil)
                    .map { Folded(item: $0, text: TextMatch.folded($0.searchText)) }
            }
        }
        self.parts = parts
    }

    /// The folded terms of a query, for highlighting; empty when there is nothing to find.
    public static func terms(_ query: String) -> [String] {
        SearchQuery(query)?.terms ?? []
    }

    /// Hits ranked as the model ranks them (steps first), at most `limit`. Queries shorter
    /// than 2 characters find nothing, so the first keystroke does not list the whole almanac.
    public func hits(_ query: String, limit: Int = 500) -> [GuideHit] {
        guard query.trimmingSpaces.count >= 2, let q = SearchQuery(query) else { return [] }
        var out: [GuideHit] = []
        for hit in index.search(q) {
            guard let (oi, part) = place(hit), let items = parts[Key(outcome: oi, part: part)] else { continue }
            let (item, step) = locate(hit, in: items, terms: q.terms)
            let utf8 = hit.text.utf8
            out.append(GuideHit(outcome: oi, part: part, item: item, step: step, text: hit.text,
                                offset: utf8.distance(from: utf8.startIndex, to: hit.match.lowerBound),
                                length: utf8.distance(from: hit.match.lowerBound, to: hit.match.upperBound)))
            if out.count >= limit { break }
        }
        return out
    }

    /// The chapter and part a hit is in.
    func place(_ hit: SearchHit) -> (Int, Part)? {
        if let id = hit.outcome {
            guard let oi = ids[id], let part = Part.holding(hit.place, in: outcomes[oi]) else { return nil }
            return (oi, part)
        }
        guard case .front(let front) = hit.place, let intro = ids[FrontChapters.introductionID] else { return nil }
        let (chapter, section) = FrontChapters.place(of: front, introduction: outcomes[intro].sections)
        guard let oi = ids[chapter] else { return nil }
        return (oi, section.map(Part.section) ?? .overview)
    }

    /// The item a hit is in: the step by id, else the first item holding the hit's opening
    /// words, else the first holding the query's first term.
    func locate(_ hit: SearchHit, in items: [Folded], terms: [String]) -> (item: Int, step: Int?) {
        if case .step(let id) = hit.place {
            for (i, f) in items.enumerated() {
                if case .step(let s, let index) = f.item, s.id == id { return (i, index) }
            }
        }
        let opening = TextMatch.folded(String(hit.text.prefix(40)))
        let term = TextMatch.folded(terms.first ?? "")
        var fallback: Int?
        for (i, f) in items.enumerated() {
            let text = f.text
            if !TextMatch.offsets(of: opening, in: text, limit: 1).isEmpty { return (i, nil) }
            if fallback == nil, !TextMatch.offsets(of: term, in: text, limit: 1).isEmpty { fallback = i }
        }
        return (fallback ?? 0, nil)
    }
}
