import AlmanacModel

/// One place a query occurs.
public struct SearchHit: Hashable, Sendable {
    public var outcome: Int
    public var part: Part
    /// The item within the part's document.
    public var item: Int
    /// The step's position among the outcome's nine, when the hit is a practice step.
    public var step: Int?
    /// The item's text and where in it (UTF-8 bytes) the match starts.
    public var text: String
    public var offset: Int
    public var length: Int
}

/// Every item of the almanac's outcomes, ready for case-insensitive substring search.
///
/// Built from the same `DocumentBuilder.items` the content pane shows, so a hit's item number
/// is the item to scroll to. (A simple matcher: the model's search engine was not yet on main.)
public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var outcome: Int
        var part: Part
        var item: Int
        var step: Int?
        var text: String
        var folded: [UInt8]
    }

    var entries: [Entry] = []

    public init(outcomes: [Outcome], front: FrontMatter?) {
        for (oi, outcome) in outcomes.enumerated() {
            for part in Part.all(of: outcome) {
                for (ii, item) in DocumentBuilder.items(outcome, part, front: front).enumerated() {
                    var step: Int? = nil
                    if case .step(_, let index) = item { step = index }
                    let text = item.searchText
                    entries.append(Entry(outcome: oi, part: part, item: ii, step: step, text: text,
                                         folded: TextMatch.folded(text)))
                }
            }
        }
    }

    /// Hits in reading order, at most `limit`. Queries shorter than 2 characters find nothing,
    /// so the first keystroke does not list the whole almanac.
    public func hits(_ query: String, limit: Int = 500) -> [SearchHit] {
        let q = query.trimmingSpaces
        guard q.count >= 2 else { return [] }
        let needle = TextMatch.folded(q)
        var out: [SearchHit] = []
        for e in entries {
            for off in TextMatch.offsets(of: needle, in: e.folded, limit: limit - out.count) {
                out.append(SearchHit(outcome: e.outcome, part: e.part, item: e.item, step: e.step,
                                     text: e.text, offset: off, length: needle.count))
            }
            if out.count >= limit { break }
        }
        return out
    }
}

extension String {
    /// Without leading and trailing spaces (Foundation-free).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
