import AlmanacModel

/// A part of an outcome, as listed in the parts pane.
public enum Part: Hashable, Sendable {
    case overview
    /// A guidance section, by position in `Outcome.sections`.
    case section(Int)
    case tools
    case caseStudies
    case practice

    /// The parts an outcome has, in reading order.
    public static func all(of outcome: Outcome) -> [Part] {
        // The introduction and annexes have sections only.
        [.overview] + outcome.sections.indices.map { .section($0) }
            + (outcome.tools == nil ? [] : [.tools]) + (outcome.themes.isEmpty && outcome.caseStudies.isEmpty ? [] : [.caseStudies, .practice])
    }

    /// The name in the parts pane.
    public func title(in outcome: Outcome) -> String {
        switch self {
        // The introduction's own first section is called Overview: its overview is the acknowledgements.
        case .overview: return outcome.number > 0 ? "Overview" : outcome.meaning.title
        case .section(let i): return outcome.sections.indices.contains(i) ? outcome.sections[i].title : "Section \(i + 1)"
        case .tools: return "Tools and resources"
        case .caseStudies: return "Case studies"
        case .practice: return "Put into practice"
        }
    }

    /// A stable name for the saved position: `overview`, `section-2`, `tools`, `case-studies`, `practice`.
    public var id: String {
        switch self {
        case .overview: return "overview"
        case .section(let i): return "section-\(i + 1)"
        case .tools: return "tools"
        case .caseStudies: return "case-studies"
        case .practice: return "practice"
        }
    }

    public init?(id: String) {
        switch id {
        case "overview": self = .overview
        case "tools": self = .tools
        case "case-studies": self = .caseStudies
        case "practice": self = .practice
        default:
            guard id.hasPrefix("section-"), let n = Int(id.dropFirst(8)), n >= 1 else { return nil }
            self = .section(n - 1)
        }
    }

    /// The part a search hit's place is in; nil for the front matter and annexes.
    static func holding(_ place: SearchPlace, in o: Outcome) -> Part? {
        switch place {
        case .outcomeTitle, .statement, .leaderCheck: return .overview
        case .section(let t), .heading(let t, _), .text(let t):
            if t == o.meaning.title { return .overview }
            if t == o.tools?.title { return .tools }
            return o.sections.firstIndex { $0.title == t }.map(Part.section) ?? .overview
        case .caseStudy: return .caseStudies
        case .theme, .step: return .practice
        case .front: return nil
        }
    }

    /// The same kind of part in another outcome, or its overview when it has no such part.
    func equivalent(in outcome: Outcome) -> Part {
        let parts = Part.all(of: outcome)
        return parts.contains(self) ? self : .overview
    }
}
