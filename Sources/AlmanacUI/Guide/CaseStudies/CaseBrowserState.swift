import AlmanacModel

/// A case study and the outcome it belongs to.
public struct CaseEntry: Hashable, Sendable {
    public var outcome: Int
    public var index: Int
    public var study: CaseStudy
}

/// The case studies browser: every outcome's case studies, filtered by outcome and category.
public struct CaseBrowserState: Hashable, Sendable {
    public var all: [CaseEntry] = []
    /// Categories in first-seen order, merged ignoring case ("Sustainable procurement").
    public var categories: [String] = []
    public var outcomeFilter: Int?
    public var categoryFilter: String?
    public var selected = 0
    public var scroll = 0

    public init() {}

    /// Outcomes by position; ones that did not load are skipped.
    public init(outcomes: [Outcome?]) {
        for (oi, o) in outcomes.enumerated() {
            guard let o else { continue }
            for (ci, c) in o.caseStudies.enumerated() {
                all.append(CaseEntry(outcome: oi, index: ci, study: c))
                if let cat = c.category, !categories.contains(where: { $0.lowercased() == cat.lowercased() }) {
                    categories.append(cat)
                }
            }
        }
    }

    /// The entries the filters let through.
    public var shown: [CaseEntry] {
        all.filter { e in
            (outcomeFilter == nil || e.outcome == outcomeFilter)
                && (categoryFilter == nil || e.study.category?.lowercased() == categoryFilter?.lowercased())
        }
    }

    /// Steps the outcome filter through all, 1, 2, … 12, all.
    mutating func nextOutcomeFilter(count: Int) {
        let next = (outcomeFilter ?? -1) + 1
        outcomeFilter = next < count ? next : nil
        selected = 0
        scroll = 0
    }

    /// Steps the category filter through all and each category.
    mutating func nextCategoryFilter() {
        if let current = categoryFilter, let i = categories.firstIndex(of: current) {
            categoryFilter = i + 1 < categories.count ? categories[i + 1] : nil
        } else {
            categoryFilter = categories.first
        }
        selected = 0
        scroll = 0
    }
}
