import AlmanacModel

/// Where the guide gets the almanac from: the index at once, the rest when first needed.
///
/// The first screen needs only the index and one outcome, so outcomes and the front matter
/// (for case studies' council types and regions) come through loaders the app calls lazily.
public struct GuideContent: Sendable {
    public var index: ContentIndex
    public var loadOutcome: @Sendable (Int) throws -> Outcome
    public var loadFrontMatter: @Sendable () throws -> FrontMatter

    public init(index: ContentIndex,
                loadOutcome: @escaping @Sendable (Int) throws -> Outcome,
                loadFrontMatter: @escaping @Sendable () throws -> FrontMatter) {
        self.index = index
        self.loadOutcome = loadOutcome
        self.loadFrontMatter = loadFrontMatter
    }

    /// Content decoded from the content file part by part, on demand.
    public init(file: ContentFile) {
        self.init(index: file.index,
                  loadOutcome: { try file.outcome(at: $0) },
                  loadFrontMatter: { try file.frontMatter() })
    }
}
