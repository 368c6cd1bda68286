import AlmanacModel

/// One idea on the screen: which kind, and which part of the almanac it shows.
///
/// A slide is only an address; its text is built from the almanac and the progress when it
/// is drawn, so check boxes are always live.
public struct Slide: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The first slide: the almanac's title in block letters, who it is for, the date.
        case opening
        /// The last slide: the room's decisions in this presentation, before and after.
        case closing
        /// All 12 outcomes as bars of progress.
        case overview
        /// The outcome's name in block letters.
        case title
        /// The outcome statement in large type.
        case statement
        /// The key guidance headings.
        case guidance
        /// One case study (its position in the chapter's table).
        case caseStudy(Int)
        /// One practice theme with its steps and check boxes (its position in the chapter).
        case theme(Int)
    }

    public var kind: Kind
    /// The outcome's position in the almanac (0-based); nil for the overview.
    public var outcome: Int?

    public init(_ kind: Kind, outcome: Int?) {
        self.kind = kind
        self.outcome = outcome
    }

    /// A stable name shared between terminals: `overview`, `data/title`, `data/case-2`, `data/theme-1`.
    public func id(in almanac: Almanac) -> String {
        if kind == .opening { return "opening" }
        if kind == .closing { return "closing" }
        guard let outcome else { return "overview" }
        let o = almanac.index.outcomes[outcome].id
        switch kind {
        case .opening: return "opening"
        case .closing: return "closing"
        case .overview: return "overview"
        case .title: return "\(o)/title"
        case .statement: return "\(o)/statement"
        case .guidance: return "\(o)/guidance"
        case .caseStudy(let i): return "\(o)/case-\(i + 1)"
        case .theme(let i): return "\(o)/theme-\(i + 1)"
        }
    }
}

/// The slides for a session, in order.
public struct SlideDeck: Hashable, Sendable {
    public let slides: [Slide]
    /// The outcome id the deck is limited to, or nil for all twelve.
    public let scope: String?

    /// The opening slide, the overview (for all outcomes), then for each outcome: title,
    /// statement, guidance, one slide per case study, one per practice theme; then the closing.
    /// From the index and its shapes: no outcome is decoded.
    public init(almanac: Almanac, scope: String? = nil) {
        let entries = almanac.index.outcomes
        // An id no outcome has shows everything rather than nothing; commands check ids first.
        let scope = entries.contains { $0.id == scope } ? scope : nil
        var slides: [Slide] = []
        let indices = entries.indices.filter { scope == nil || entries[$0].id == scope }
        slides.append(Slide(.opening, outcome: nil))
        if scope == nil { slides.append(Slide(.overview, outcome: nil)) }
        for i in indices {
            let shape = almanac.shape(of: i)
            slides.append(Slide(.title, outcome: i))
            slides.append(Slide(.statement, outcome: i))
            if shape.sections > 0 { slides.append(Slide(.guidance, outcome: i)) }
            for c in 0..<shape.caseStudies { slides.append(Slide(.caseStudy(c), outcome: i)) }
            for t in 0..<shape.themes { slides.append(Slide(.theme(t), outcome: i)) }
        }
        slides.append(Slide(.closing, outcome: nil))
        self.slides = slides
        self.scope = scope
    }

    public var count: Int { slides.count }

    /// The position of the slide with this id, if the deck has it.
    public func index(of id: String, in almanac: Almanac) -> Int? {
        slides.firstIndex { $0.id(in: almanac) == id }
    }

    /// The position of an outcome's title slide (outcome 0-based).
    public func titleIndex(ofOutcome outcome: Int) -> Int? {
        slides.firstIndex { $0.kind == .title && $0.outcome == outcome }
    }
}
