import AlmanacModel

/// A case study and the outcome it belongs to.
public struct CaseEntry: Hashable, Sendable {
    public var outcome: Int
    public var index: Int
    public var study: CaseStudy
}

/// The case studies browser: every outcome's case studies, filtered by outcome, category, and
/// the councils' type and region (Annex B), as `almanac cases` filters them (`CaseFacets`).
public struct CaseBrowserState: Hashable, Sendable {
    public var all: [CaseEntry] = []
    /// One spelling each ("Sustainable Procurement"), then "No category" when some have none.
    public var categories: [String] = []
    public var types: [String] = []
    public var regions: [String] = []
    public var outcomeFilter: Int?
    public var categoryFilter: String?
    public var typeFilter: String?
    public var regionFilter: String?
    public var selected = 0
    public var scroll = 0
    /// Per entry, its category as filed and its councils' types and regions.
    var facts: [Facts] = []

    struct Facts: Hashable, Sendable {
        var category: String
        var types: Set<String>
        var regions: Set<String>
    }

    public init() {}

    /// Outcomes by position; ones that did not load are skipped.
    public init(outcomes: [Outcome?], front: FrontMatter?) {
        let loaded = outcomes.compactMap { $0 }
        let facets = CaseFacets(outcomes: loaded, front: front ?? FrontMatter.empty)
        categories = facets.categories
        types = facets.types
        regions = facets.regions
        for (oi, o) in outcomes.enumerated() {
            guard let o else { continue }
            for (ci, c) in o.caseStudies.enumerated() {
                all.append(CaseEntry(outcome: oi, index: ci, study: c))
                let councils = facets.councils(of: c)
                facts.append(Facts(category: facets.category(of: c), types: Set(councils.map(\.type)),
                                   regions: Set(councils.map(\.region))))
            }
        }
    }

    /// The entries the filters let through.
    public var shown: [CaseEntry] {
        all.indices.filter { i in
            (outcomeFilter == nil || all[i].outcome == outcomeFilter)
                && (categoryFilter == nil || facts[i].category == categoryFilter)
                && (typeFilter.map { facts[i].types.contains($0) } ?? true)
                && (regionFilter.map { facts[i].regions.contains($0) } ?? true)
        }.map { all[$0] }
    }

    /// The category a study is filed under.
    func category(of entry: CaseEntry) -> String? {
        all.firstIndex(of: entry).map { facts[$0].category }
    }

    /// Steps a filter through all and each of `values`.
    static func next(_ current: String?, in values: [String]) -> String? {
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }

    /// A new filter shows its list from the top.
    private mutating func toTop() {
        selected = 0
        scroll = 0
    }

    mutating func nextTypeFilter() {
        typeFilter = Self.next(typeFilter, in: types)
        toTop()
    }

    mutating func nextRegionFilter() {
        regionFilter = Self.next(regionFilter, in: regions)
        toTop()
    }

    /// Steps the outcome filter through all, 1, 2, … 12, all.
    mutating func nextOutcomeFilter(count: Int) {
        let next = (outcomeFilter ?? -1) + 1
        outcomeFilter = next < count ? next : nil
        toTop()
    }

    /// Steps the category filter through all and each category.
    mutating func nextCategoryFilter() {
        categoryFilter = Self.next(categoryFilter, in: categories)
        toTop()
    }
}
