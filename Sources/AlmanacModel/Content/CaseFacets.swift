/// What case studies can be filtered by, the same for the guide's browser and `almanac cases`:
/// one spelling per category (the almanac writes "Sustainable Procurement" and "Sustainable
/// procurement"), and each study's councils' types and regions from Annex B.
public struct CaseFacets: Sendable {
    /// What a study with no category (the Democracy chapter's) is filed under.
    public static let noCategory = "No category"

    /// Canonical categories in almanac order, then `noCategory` when some study has none.
    public let categories: [String]
    public let types: [String]
    public let regions: [String]
    private let spelling: [String: String]
    private let front: FrontMatter

    public init(_ almanac: Almanac) { self.init(outcomes: almanac.outcomes, front: almanac.front) }

    public init(outcomes: some Collection<Outcome>, front: FrontMatter) {
        self.front = front
        let studies = outcomes.flatMap(\.caseStudies)
        // The most used spelling of each category; on a tie, the one with more capitals.
        var counts: [String: [String: Int]] = [:]
        var order: [String] = []
        for c in studies {
            guard let cat = c.category else { continue }
            let key = cat.lowercased()
            if counts[key] == nil { order.append(key) }
            counts[key, default: [:]][cat, default: 0] += 1
        }
        var spelling: [String: String] = [:]
        for (key, forms) in counts {
            spelling[key] = forms.max { a, b in
                (a.value, a.key.filter(\.isUppercase).count, b.key) < (b.value, b.key.filter(\.isUppercase).count, a.key)
            }!.key
        }
        self.spelling = spelling
        categories = order.map { spelling[$0]! } + (studies.contains { $0.category == nil } ? [Self.noCategory] : [])
        let councils = studies.flatMap { $0.councils.compactMap { front.notableCouncil(named: $0) } }
        types = Self.unique(councils.map(\.type))
        regions = Self.unique(councils.map(\.region))
    }

    /// The study's category as filed: one spelling, or `noCategory`.
    public func category(of study: CaseStudy) -> String {
        study.category.map { spelling[$0.lowercased()] ?? $0 } ?? Self.noCategory
    }

    /// The Annex B entries of the study's councils.
    public func councils(of study: CaseStudy) -> [Council] { study.councils.compactMap { front.notableCouncil(named: $0) } }

    /// True when `filter` (any part, ignoring case) names the study's category.
    public func matches(category filter: String, _ study: CaseStudy) -> Bool {
        category(of: study).localizedCaseInsensitiveContains(filter)
    }

    /// True when one of the study's councils is of this type (`unitary`, `london borough`).
    public func matches(type filter: String, _ study: CaseStudy) -> Bool {
        councils(of: study).contains { $0.type.localizedCaseInsensitiveContains(filter) }
    }

    public func matches(region filter: String, _ study: CaseStudy) -> Bool {
        councils(of: study).contains { $0.region.localizedCaseInsensitiveContains(filter) }
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }.sorted()
    }
}
