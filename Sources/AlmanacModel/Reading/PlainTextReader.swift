/// The almanac as readable plain text, in its own order: `almanac show`, and the way a
/// screen-reader user reads it.
public struct PlainTextReader: Sendable {
    public let width: Int
    public let front: FrontMatter

    public init(width: Int, front: FrontMatter) {
        self.width = max(20, width)
        self.front = front
    }

    /// A whole outcome chapter.
    public func outcome(_ o: Outcome, of count: Int) -> String {
        var out = title("\(o.title) (outcome \(o.number) of \(count), id \(o.id))", "=")
        out += paragraph("Outcome: " + o.statement)
        if let check = o.leaderCheck {
            out += paragraph("What to check for as a digital leader: " + check)
        }
        out.append("")
        out += section(o.meaning)
        for s in o.sections { out += section(s) }
        if let tools = o.tools { out += section(tools) }
        out += caseStudies(o.caseStudies, heading: "What have other councils done?")
        out += title("How to start putting this ambition into practice", "-")
        for theme in o.themes {
            out += Wrap.lines(theme.title, width: width, firstIndent: "\(theme.number). ", indent: "   ")
            for step in theme.steps {
                out += Wrap.lines(step.text, width: width, firstIndent: "   [\(step.id)] ", indent: "      ")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// Acknowledgements and the introduction.
    public func introduction(title doc: String, subtitle: String) -> String {
        var out = title(doc, "=")
        out += paragraph(subtitle)
        out.append("")
        out += section(front.acknowledgements)
        out += title("Introduction", "-")
        for s in front.introduction {
            out.append(s.title)
            for b in s.blocks { out += block(b) }
        }
        return out.joined(separator: "\n")
    }

    /// Annex A: contributing authorities and subject matter experts.
    public func annexA() -> String {
        var out = title("Annex A: Contributors", "=")
        out += title("Local and combined authorities", "-")
        out += councils(front.contributors)
        out.append("")
        out += title("Subject matter experts", "-")
        out += front.experts.map { "- " + $0 }
        return out.joined(separator: "\n")
    }

    /// Annex B: councils of notable practice.
    public func annexB() -> String {
        var out = title("Annex B: Notable practice", "=")
        out += councils(front.notablePractice)
        return out.joined(separator: "\n")
    }

    // MARK: - Parts

    func title(_ text: String, _ underline: Character) -> [String] {
        let lines = Wrap.lines(text, width: width)
        let w = lines.map { DisplayWidth.of($0) }.max() ?? 0
        return lines + [String(repeating: underline, count: w)]
    }

    func paragraph(_ text: String, indent: String = "") -> [String] {
        Wrap.lines(text, width: width, firstIndent: indent, indent: indent)
    }

    func section(_ s: Section) -> [String] {
        var out = title(s.title, "-")
        for b in s.blocks { out += block(b) }
        return out
    }

    func block(_ b: Block) -> [String] {
        switch b {
        case .heading(let h):
            return Wrap.lines(h, width: width)
        case .paragraph(let t):
            return paragraph(t.plain) + [""]
        case .bullets(let items):
            return items.flatMap { Wrap.lines($0.plain, width: width, firstIndent: "- ", indent: "  ") } + [""]
        case .table(let t):
            let rows = t.rows.map { $0.map { $0.map(\.plain) } }
            let layout = TableLayout(paragraphs: [(t.header ?? []).map { [$0] }] + rows, width: width)
            var out = layout.render(header: t.header, rows: rows)
            if let caption = t.caption { out += paragraph(caption.plain) }
            return out + [""]
        }
    }

    func caseStudies(_ cases: [CaseStudy], heading: String) -> [String] {
        title(heading, "-") + cases.flatMap { caseStudy($0) + [""] }
    }

    /// One case study: organisation, outcome (when listing across outcomes), category, the
    /// council's type and region from Annex B, then the summary.
    public func caseStudy(_ c: CaseStudy, outcome: String? = nil) -> [String] {
        let head = [c.organisation, outcome, c.category].compactMap { $0 }.joined(separator: " · ")
        var out = Wrap.lines(head, width: width)
        let places = c.councils.compactMap { front.notableCouncil(named: $0) }
            .map { "\($0.name): \($0.type), \($0.region)" }
        if !places.isEmpty { out += Wrap.lines(places.joined(separator: "; "), width: width, firstIndent: "  ", indent: "  ") }
        for p in c.summary {
            // The Wigan summary's list items hang under their bullet.
            let hang = p.plain.hasPrefix("• ") ? "    " : "  "
            out += Wrap.lines(p.plain, width: width, firstIndent: "  ", indent: hang)
        }
        return out
    }

    func councils(_ list: [Council]) -> [String] {
        let rows = list.map { [[$0.name], [$0.type], [$0.region]] }
        let layout = TableLayout(cells: [["Name", "Type", "Region"]] + list.map { [$0.name, $0.type, $0.region] }, width: width)
        return layout.render(header: ["Name", "Type", "Region"], rows: rows)
    }
}
