import Foundation

/// A council or authority as listed in the annexes.
public struct Council: Hashable, Sendable, Codable {
    public var name: String
    public var type: String
    public var region: String

    public init(name: String, type: String, region: String) {
        self.name = name
        self.type = type
        self.region = region
    }
}

/// Everything outside the 12 chapters: acknowledgements, introduction, annexes, colophon.
public struct FrontMatter: Hashable, Sendable, Codable {
    public var acknowledgements: Section
    /// Overview, Background and Methodology.
    public var introduction: [Section]
    /// Annex A: the local and combined authorities that contributed.
    public var contributors: [Council]
    /// Annex A: subject matter experts.
    public var experts: [String]
    /// Annex B: councils of notable practice.
    public var notablePractice: [Council]
    public var colophon: [String]

    public init(acknowledgements: Section, introduction: [Section], contributors: [Council],
                experts: [String], notablePractice: [Council], colophon: [String]) {
        self.acknowledgements = acknowledgements
        self.introduction = introduction
        self.contributors = contributors
        self.experts = experts
        self.notablePractice = notablePractice
        self.colophon = colophon
    }

    /// No front matter: for when it could not be read.
    public static let empty = FrontMatter(acknowledgements: Section(title: "", blocks: []), introduction: [], contributors: [],
                                          experts: [], notablePractice: [], colophon: [])

    /// The Annex B entry with this name, ignoring case.
    public func notableCouncil(named name: String) -> Council? {
        notablePractice.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}

/// What the first screen needs: titles and statements, without the chapters' bodies.
public struct ContentIndex: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var id: String
        public var number: Int
        public var title: String
        public var statement: String
        /// How many of each part the outcome has; nil in indexes made before it was written
        /// (and for `FrontChapters`), when only the decoded outcome can say.
        public var shape: Shape?

        public init(id: String, number: Int, title: String, statement: String, shape: Shape? = nil) {
            self.id = id
            self.number = number
            self.title = title
            self.statement = statement
            self.shape = shape
        }
    }

    /// What the walkthrough's stops and the slide deck are built from, so that their first
    /// screens need no outcome decoded. `ContentFile.outcome(at:)` checks each outcome against it.
    public struct Shape: Hashable, Sendable, Codable {
        public var sections: Int
        public var caseStudies: Int
        public var themes: Int
        /// Whether the Leadership chapter has a "what to check for" row for this outcome.
        public var leaderCheck: Bool

        public init(sections: Int, caseStudies: Int, themes: Int, leaderCheck: Bool) {
            self.sections = sections
            self.caseStudies = caseStudies
            self.themes = themes
            self.leaderCheck = leaderCheck
        }

        public init(of outcome: Outcome) {
            self.init(sections: outcome.sections.count, caseStudies: outcome.caseStudies.count,
                      themes: outcome.themes.count, leaderCheck: outcome.leaderCheck != nil)
        }
    }

    public var format: String
    public var version: Int
    public var title: String
    public var subtitle: String
    public var source: String
    public var outcomes: [Entry]
}

/// The whole almanac: its outcomes decoded already, or as they are first needed (`init(file:)`).
public struct Almanac: Hashable, Sendable {
    public var index: ContentIndex
    public var front: FrontMatter
    /// In the index's order: `outcomes[i]` is `index.outcomes[i]`'s chapter.
    public var outcomes: AlmanacOutcomes

    public init(index: ContentIndex, front: FrontMatter, outcomes: [Outcome]) {
        precondition(index.outcomes.count == outcomes.count, "one index entry per outcome")
        self.index = index
        self.front = front
        self.outcomes = AlmanacOutcomes(outcomes)
    }

    /// The index and front matter now; each outcome when first read (see `AlmanacOutcomes`).
    public init(index: ContentIndex, front: FrontMatter, load: @escaping @Sendable (Int) throws(ContentError) -> Outcome) {
        self.index = index
        self.front = front
        self.outcomes = AlmanacOutcomes(entries: index.outcomes, load: load)
    }

    /// A content file's almanac, decoding each outcome's line when first read: for screens
    /// whose first frame needs few of them (the plain commands use `ContentFile.almanac()`).
    public init(file: ContentFile) throws(ContentError) {
        self.init(index: file.index, front: try file.frontMatter()) { i throws(ContentError) in try file.outcome(at: i) }
    }

    public var steps: [Step] { outcomes.flatMap(\.steps) }

    /// How many of each part the outcome at `position` has: from the index when it says, so
    /// nothing is decoded for it.
    public func shape(of position: Int) -> ContentIndex.Shape {
        index.outcomes[position].shape ?? ContentIndex.Shape(of: outcomes[position])
    }
}
