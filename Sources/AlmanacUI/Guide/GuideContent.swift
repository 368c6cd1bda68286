import AlmanacModel

/// Where the guide gets the almanac from: the index at once, the rest when first needed.
///
/// The first screen needs only the index and one outcome, so outcomes and the front matter
/// (for case studies' council types and regions) come through loaders the app calls lazily.
public struct GuideContent: Sendable {
    /// The outcomes, then (from a content file) the introduction and the annexes as two
    /// more chapters, so the whole almanac can be read and searched in the guide.
    public var index: ContentIndex
    /// How many of `index.outcomes` are the almanac's outcomes; the rest have no steps.
    public var chapters: Int
    public var loadOutcome: @Sendable (Int) throws -> Outcome
    public var loadFrontMatter: @Sendable () throws -> FrontMatter

    public init(index: ContentIndex, chapters: Int? = nil,
                loadOutcome: @escaping @Sendable (Int) throws -> Outcome,
                loadFrontMatter: @escaping @Sendable () throws -> FrontMatter) {
        self.index = index
        self.chapters = chapters ?? index.outcomes.count
        self.loadOutcome = loadOutcome
        self.loadFrontMatter = loadFrontMatter
    }

    /// Content decoded from the content file part by part, on demand.
    public init(file: ContentFile) {
        var index = file.index
        let count = index.outcomes.count
        index.outcomes += FrontChapters.entries(subtitle: file.index.subtitle)
        self.init(index: index, chapters: count,
                  loadOutcome: { i in
                      if i < count { return try file.outcome(at: i) }
                      let front = try file.frontMatter()
                      return i == count ? FrontChapters.introduction(front, subtitle: file.index.subtitle) : FrontChapters.annexes(front)
                  },
                  loadFrontMatter: { try file.frontMatter() })
    }

    /// True for the almanac's outcomes, false for the introduction and annexes.
    public func isOutcome(_ i: Int) -> Bool { i < chapters }
}
