import Foundation

/// A titled run of blocks: a guidance section, "What we mean by…", an introduction part.
public struct Section: Hashable, Sendable, Codable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// A row of a chapter's "What have other councils done?" table.
public struct CaseStudy: Hashable, Sendable, Codable {
    public var organisation: String
    /// Absent in the Democracy chapter, whose table has no category column.
    public var category: String?
    public var summary: [RichText]
    /// Names of the Annex B councils this case study belongs to (usually one).
    public var councils: [String]

    public init(organisation: String, category: String?, summary: [RichText], councils: [String]) {
        self.organisation = organisation
        self.category = category
        self.summary = summary
        self.councils = councils
    }
}

/// One of the nine "How to start putting this ambition into practice" steps of an outcome.
public struct Step: Hashable, Sendable, Codable {
    /// `<outcome id>.<theme>.<step>`, e.g. `inclusion.2.3`.
    public var id: String
    public var number: Int
    public var text: String

    public init(id: String, number: Int, text: String) {
        self.id = id
        self.number = number
        self.text = text
    }
}

/// A practice theme: three steps under a heading.
public struct Theme: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String
    public var steps: [Step]

    public init(number: Int, title: String, steps: [Step]) {
        self.number = number
        self.title = title
        self.steps = steps
    }
}

/// One of the 12 strategic outcomes: a chapter of the almanac.
public struct Outcome: Hashable, Sendable, Codable {
    /// A slug of the title, e.g. `security-and-resilience`.
    public var id: String
    public var number: Int
    public var title: String
    /// The one-line outcome statement.
    public var statement: String
    /// "What we mean by …" and its paragraph.
    public var meaning: Section
    /// The guidance sections, in order.
    public var sections: [Section]
    /// "What tools and resources are available?", in 6 of the 12 chapters.
    public var tools: Section?
    public var caseStudies: [CaseStudy]
    public var themes: [Theme]
    /// The Leadership chapter's "What to check for as a digital leader" row for this outcome.
    public var leaderCheck: String?

    public init(id: String, number: Int, title: String, statement: String, meaning: Section,
                sections: [Section], tools: Section?, caseStudies: [CaseStudy], themes: [Theme],
                leaderCheck: String?) {
        self.id = id
        self.number = number
        self.title = title
        self.statement = statement
        self.meaning = meaning
        self.sections = sections
        self.tools = tools
        self.caseStudies = caseStudies
        self.themes = themes
        self.leaderCheck = leaderCheck
    }

    /// All nine steps in order.
    public var steps: [Step] { themes.flatMap(\.steps) }
}
