import AlmanacModel

/// Every piece of text the model holds, for fidelity checks.
enum ModelText {
    static func of(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let h): return [h]
            case .paragraph(let t): return [t.plain]
            case .bullets(let items): return items.map(\.plain)
            case .table(let t):
                // A cell's items joined by spaces, as the source's cell holds them.
                let cells = t.rows.flatMap { $0.map { $0.map(\.plain).joined(separator: " ") } }
                return (t.header ?? []) + cells + (t.caption.map { [$0.plain] } ?? [])
            }
        }
    }

    static func of(_ s: Section) -> [String] { [s.title] + of(s.blocks) }

    static func of(_ o: Outcome) -> [String] {
        var out = [o.title, o.statement] + of(o.meaning) + o.sections.flatMap(of) + (o.tools.map(of) ?? [])
        for c in o.caseStudies { out += [c.organisation] + (c.category.map { [$0] } ?? []) + c.summary.map(\.plain) }
        for t in o.themes { out += [t.title] + t.steps.map(\.text) }
        return out
    }

    static func of(_ f: FrontMatter) -> [String] {
        var out = of(f.acknowledgements) + f.introduction.flatMap(of) + f.experts + f.colophon
        for c in f.contributors + f.notablePractice { out += [c.name, c.type, c.region] }
        return out
    }
}
