import AlmanacModel

/// The items of each part of an outcome, in reading order.
public enum DocumentBuilder {
    /// Label for the Leadership chapter's per-outcome check, shown on each overview.
    static let leaderCheckLabel = "Check as a digital leader"

    /// The parts a document shows: the checklist alone, or every other part in reading order.
    public static func parts(_ outcome: Outcome, checklist: Bool, front: FrontMatter?) -> [DocPart] {
        parts(outcome, Part.all(of: outcome).filter { ($0 == .practice) == checklist }, front: front)
    }

    static func parts(_ outcome: Outcome, _ parts: [Part], front: FrontMatter?) -> [DocPart] {
        parts.map { DocPart($0, title: $0.title(in: outcome), items: items(outcome, $0, front: front)) }
    }

    public static func items(_ outcome: Outcome, _ part: Part, front: FrontMatter?) -> [DocItem] {
        switch part {
        case .overview:
            var out: [DocItem] = [.title(outcome.number > 0 ? "\(outcome.number). \(outcome.title)" : outcome.title),
                                  .statement(outcome.statement)]
            if !outcome.meaning.blocks.isEmpty { out += section(outcome.meaning) }
            if let check = outcome.leaderCheck {
                out += [.heading(leaderCheckLabel), .paragraph(RichText(plain: check))]
            }
            return out
        case .section(let i):
            guard outcome.sections.indices.contains(i) else { return [] }
            return section(outcome.sections[i])
        case .tools:
            return outcome.tools.map(section) ?? []
        case .caseStudies:
            return outcome.caseStudies.map { c in
                .caseStudy(c, councils: c.councils.compactMap { front?.notableCouncil(named: $0) })
            }
        case .practice:
            var out: [DocItem] = []
            var index = 0
            for theme in outcome.themes {
                out.append(.theme(theme))
                for step in theme.steps {
                    out.append(.step(step, index: index))
                    index += 1
                }
            }
            return out
        }
    }

    static func section(_ s: Section) -> [DocItem] {
        var out: [DocItem] = [.heading(s.title)]
        for b in s.blocks {
            switch b {
            case .heading(let h): out.append(.heading(h))
            case .paragraph(let p): out.append(.paragraph(p))
            case .bullets(let items): out += items.map { .bullet($0) }
            case .table(let t): out.append(.table(t))
            }
        }
        return out
    }
}
