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

        public init(id: String, number: Int, title: String, statement: String) {
            self.id = id
            self.number = number
            self.title = title
            self.statement = statement
        }
    }

    public var format: String
    public var version: Int
    public var title: String
    public var subtitle: String
    public var source: String
    public var outcomes: [Entry]
}

/// The whole almanac, fully loaded.
public struct Almanac: Hashable, Sendable {
    public var index: ContentIndex
    public var front: FrontMatter
    public var outcomes: [Outcome]

    public init(index: ContentIndex, front: FrontMatter, outcomes: [Outcome]) {
        self.index = index
        self.front = front
        self.outcomes = outcomes
    }

    public var steps: [Step] { outcomes.flatMap(\.steps) }
}
