import Foundation

/// Which part of the front matter or annexes a hit is in.
public enum FrontPart: Hashable, Sendable {
    case acknowledgements
    /// An introduction section, by title.
    case introduction(String)
    case contributors, experts, notablePractice

    /// How people see it: `Introduction › Background`, `Annex B`.
    public var label: String {
        switch self {
        case .acknowledgements: "Acknowledgements"
        case .introduction(let title): "Introduction › \(title)"
        case .contributors: "Annex A"
        case .experts: "Annex A › Subject matter experts"
        case .notablePractice: "Annex B"
        }
    }
}

/// Where in the almanac a piece of searchable text lives.
public enum SearchPlace: Hashable, Sendable {
    case outcomeTitle
    case statement
    case leaderCheck
    case section(String)
    case heading(section: String, heading: String)
    case text(section: String)
    case caseStudy(String)
    case theme(Int)
    case step(String)
    case front(FrontPart)

    /// How a hit here ranks: steps first, then headings and titles, then body text.
    var rank: Int {
        switch self {
        case .step: return 0
        case .outcomeTitle, .section, .heading, .theme: return 1
        case .statement, .leaderCheck: return 2
        case .caseStudy: return 3
        case .text, .front: return 4
        }
    }

    /// A short description for people: "step connectivity.3.3", "section: Ways of …".
    public var label: String {
        switch self {
        case .outcomeTitle: return "title"
        case .statement: return "outcome statement"
        case .leaderCheck: return "digital leader check"
        case .section(let s): return "section: \(s)"
        case .heading(let s, let h): return "\(s) › \(h)"
        case .text(let s): return s
        case .caseStudy(let org): return "case study: \(org)"
        case .theme(let n): return "practice theme \(n)"
        case .step(let id): return "step \(id)"
        case .front(let part): return part.label
        }
    }
}

/// One result: the outcome (nil for front matter and annexes), the place and the text.
public struct SearchHit: Hashable, Sendable {
    public let outcome: String?
    public let place: SearchPlace
    /// The whole text of the block that matched.
    public let text: String
    /// The first match's range in `text`, for highlighting.
    public let match: Range<String.Index>
    /// The entry's position in almanac order, to keep ties stable and jump back.
    public let order: Int

    /// `text` cut to about `context` characters either side of the match, with ellipses.
    public func snippet(context: Int = 60) -> String {
        let start = text.index(match.lowerBound, offsetBy: -context, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(match.upperBound, offsetBy: context, limitedBy: text.endIndex) ?? text.endIndex
        var s = String(text[start..<end])
        if start > text.startIndex { s = "…" + s }
        if end < text.endIndex { s += "…" }
        return s
    }
}

/// Full-text search over everything: statements, sections, tables, resources, case studies,
/// steps, the introduction and annexes.
public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        let outcome: String?
        let place: SearchPlace
        let text: String
        let folded: String
        /// `folded` as UTF-8, searched with memchr/memcmp rather than Foundation's `range(of:)`.
        let bytes: [UInt8]
    }

    let entries: [Entry]

    public init(almanac: Almanac) {
        var entries: [Entry] = []
        func add(_ outcome: String?, _ place: SearchPlace, _ text: String) {
            let folded = SearchQuery.fold(text)
            entries.append(Entry(outcome: outcome, place: place, text: text, folded: folded, bytes: Array(folded.utf8)))
        }
        func addBlocks(_ outcome: String?, _ section: String, _ blocks: [Block], front: FrontPart? = nil) {
            var heading: String?
            for block in blocks {
                let place: SearchPlace = front.map { .front($0) } ?? heading.map { .heading(section: section, heading: $0) } ?? .text(section: section)
                switch block {
                case .heading(let h):
                    heading = h
                    add(outcome, front.map { .front($0) } ?? .heading(section: section, heading: h), h)
                case .paragraph(let t):
                    add(outcome, place, t.plain)
                case .bullets(let items):
                    for i in items { add(outcome, place, i.plain) }
                case .table(let t):
                    if let h = t.header { add(outcome, place, h.joined(separator: " · ")) }
                    for row in t.rows {
                        add(outcome, place, row.map { $0.map(\.plain).joined(separator: " ") }.joined(separator: " · "))
                    }
                    if let c = t.caption { add(outcome, place, c.plain) }
                }
            }
        }
        for o in almanac.outcomes {
            add(o.id, .outcomeTitle, o.title)
            add(o.id, .statement, o.statement)
            if let check = o.leaderCheck { add(o.id, .leaderCheck, check) }
            for s in [o.meaning] + o.sections + (o.tools.map { [$0] } ?? []) {
                add(o.id, .section(s.title), s.title)
                addBlocks(o.id, s.title, s.blocks)
            }
            for c in o.caseStudies {
                let parts = [c.organisation, c.category ?? ""] + c.summary.map(\.plain)
                add(o.id, .caseStudy(c.organisation), parts.filter { !$0.isEmpty }.joined(separator: " · "))
            }
            for t in o.themes {
                add(o.id, .theme(t.number), t.title)
                for s in t.steps { add(o.id, .step(s.id), s.text) }
            }
        }
        let f = almanac.front
        addBlocks(nil, FrontPart.acknowledgements.label, f.acknowledgements.blocks, front: .acknowledgements)
        for s in f.introduction {
            let part = FrontPart.introduction(s.title)
            addBlocks(nil, part.label, s.blocks, front: part)
        }
        for c in f.contributors { add(nil, .front(.contributors), "\(c.name) · \(c.type) · \(c.region)") }
        for e in f.experts { add(nil, .front(.experts), e) }
        for c in f.notablePractice { add(nil, .front(.notablePractice), "\(c.name) · \(c.type) · \(c.region)") }
        self.entries = entries
    }

    /// Hits for a query, ranked: steps, then headings and titles, then body text; almanac order within a rank.
    public func search(_ query: SearchQuery) -> [SearchHit] {
        var hits: [SearchHit] = []
        let terms = query.terms.map { Array($0.utf8) }
        for (order, e) in entries.enumerated() {
            var first: Int?
            var all = true
            for term in terms {
                guard let at = Self.find(term, in: e.bytes) else { all = false; break }
                if first == nil { first = at }
            }
            guard all, let at = first else { continue }
            let u = e.folded.utf8
            let lower = u.index(u.startIndex, offsetBy: at)
            let upper = u.index(lower, offsetBy: terms[0].count)
            hits.append(SearchHit(outcome: e.outcome, place: e.place, text: e.text,
                                  match: Self.range(lower..<upper, in: e.folded, mappedTo: e.text), order: order))
        }
        return hits.sorted { ($0.place.rank, $0.order) < ($1.place.rank, $1.order) }
    }

    /// The byte offset of `needle` in `haystack`, or nil.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    guard let hit = memchr(h.baseAddress! + start, Int32(first), last - start + 1) else { return nil }
                    let at = h.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
    }

    /// Maps a range in the folded text to the original. Folding keeps one scalar per scalar
    /// except where lower-casing changes length, which the almanac's text never does; clamp
    /// anyway so a hit is never out of bounds.
    static func range(_ r: Range<String.Index>, in folded: String, mappedTo text: String) -> Range<String.Index> {
        let lower = folded.unicodeScalars.distance(from: folded.startIndex, to: r.lowerBound)
        let length = folded.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound)
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: min(lower, scalars.count))
        let end = scalars.index(start, offsetBy: min(length, scalars.distance(from: start, to: scalars.endIndex)))
        return start..<end
    }
}
