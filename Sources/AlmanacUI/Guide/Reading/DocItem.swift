import AlmanacModel

/// One unit of an outcome part before wrapping: what search finds and scrolling anchors to.
public enum DocItem: Hashable, Sendable {
    case title(String)
    case statement(String)
    case heading(String)
    case paragraph(RichText)
    case bullet(RichText)
    case table(Table)
    case caseStudy(CaseStudy, councils: [Council])
    case theme(Theme)
    /// A practice step and its position among the outcome's nine.
    case step(Step, index: Int)

    /// The item's text for search.
    public var searchText: String {
        switch self {
        case .title(let s), .statement(let s), .heading(let s): return s
        case .paragraph(let t), .bullet(let t): return t.plain
        case .table(let t):
            let cells = t.rows.flatMap { $0.flatMap { $0.map(\.plain) } }
            return ((t.header ?? []) + cells + [t.caption?.plain ?? ""]).joined(separator: " ")
        case .caseStudy(let c, let councils):
            return ([c.organisation, c.category ?? ""] + councils.flatMap { [$0.type, $0.region] }
                    + c.summary.map(\.plain)).joined(separator: " ")
        case .theme(let t): return t.title
        case .step(let s, _): return s.text
        }
    }
}
