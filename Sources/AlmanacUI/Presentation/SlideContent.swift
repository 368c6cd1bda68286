import AlmanacModel

/// The words on a slide and behind it (the presenter's notes), built from the almanac.
public enum SlideContent {
    /// A short name: the footer's and the presenter view's "next" line.
    public static func title(_ slide: Slide, _ almanac: Almanac) -> String {
        if slide.kind == .opening { return almanac.index.title }
        if slide.kind == .closing { return "Decisions in this session" }
        guard let i = slide.outcome else { return "Overview: where the council stands" }
        // The index where it says enough: the presenter's "next" line decodes no other chapter.
        let e = almanac.index.outcomes[i]
        switch slide.kind {
        case .opening, .closing, .overview: return "Overview: where the council stands"
        case .title: return "\(e.number). \(e.title)"
        case .statement: return "\(e.title): the outcome"
        case .guidance: return "\(e.title): key guidance"
        case .caseStudy(let c):
            let o = almanac.outcomes[i]
            return "Case study: " + (o.caseStudies.indices.contains(c) ? o.caseStudies[c].organisation : e.title)
        case .theme(let t):
            let o = almanac.outcomes[i]
            return "Practice: " + (o.themes.indices.contains(t) ? o.themes[t].title : e.title)
        }
    }

    /// The check box drawn before a step.
    public static func box(_ status: StepStatus) -> String { status.box() + " " }

    /// The paragraphs of a text slide (guidance, case study, practice theme, and the
    /// statement when it is too long for block letters). The first is the slide's heading.
    public static func body(_ slide: Slide, _ almanac: Almanac, _ progress: Progress) -> [Paragraph] {
        guard let i = slide.outcome else { return [] }
        let o = almanac.outcomes[i]
        let heading = Style(.title, bold: true)
        switch slide.kind {
        case .opening, .closing, .overview, .title:
            return [Paragraph(o.title, style: heading, centred: true, spaceBefore: 0)]
        case .statement:
            return [Paragraph(o.statement, style: Style(.title, bold: true), centred: true, spaceBefore: 0)]
        case .guidance:
            var out = [kicker(o.title), Paragraph("Key guidance", style: heading, spaceBefore: 0, keepWithNext: true)]
            var lastSection: String?
            for item in GuidanceItem.items(of: o) {
                if item.section != lastSection {
                    out.append(.heading(item.section))
                    lastSection = item.section
                }
                if item.heading != item.section { out.append(.bullet(item.heading)) }
            }
            return out
        case .caseStudy(let c):
            guard o.caseStudies.indices.contains(c) else { return [] }  // a placeholder (see AlmanacOutcomes)
            let study = o.caseStudies[c]
            var out = [kicker("\(o.title) · case study \(c + 1) of \(o.caseStudies.count)"), Paragraph("Case study: \(study.organisation)", style: heading, spaceBefore: 0, keepWithNext: true)]
            if let category = study.category { out.append(Paragraph(category, style: Style(.accent), spaceBefore: 0)) }
            for (n, p) in study.summary.enumerated() { out.append(Paragraph(p.plain, spaceBefore: n == 0 ? 1 : 1)) }
            return out
        case .theme(let t):
            guard o.themes.indices.contains(t) else { return [] }
            let theme = o.themes[t]
            var out = [kicker("\(o.title) · putting it into practice \(t + 1) of \(o.themes.count)"),
                       Paragraph(theme.title, style: heading, spaceBefore: 0, keepWithNext: true)]
            for step in theme.steps {
                let status = progress.status(of: step.id)
                out.append(Paragraph(step.text, style: Styles.stepText(status),
                                     marker: box(status) + "\(step.number). ",
                                     markerStyle: Styles.checkBox(status, room: true),
                                     step: step.id))
            }
            return out
        }
    }

    /// The small line above a slide's heading that says where in the almanac it is.
    static func kicker(_ text: String) -> Paragraph {
        Paragraph(text, style: Style(.accent), spaceBefore: 0, keepWithNext: true)
    }

    /// The fuller text from the almanac behind a slide: what the presenter reads from.
    public static func notes(_ slide: Slide, _ almanac: Almanac) -> [Paragraph] {
        if slide.kind == .opening {
            return [Paragraph("Welcome the room; the next slide shows where the council stands on all \(almanac.outcomes.count) outcomes.", spaceBefore: 0)]
        }
        if slide.kind == .closing {
            return [Paragraph("Read the decisions back to the room. almanac present --summary writes them to send round.", spaceBefore: 0)]
        }
        guard let i = slide.outcome else {
            return almanac.index.outcomes.map { Paragraph("\($0.number). \($0.title): \($0.statement)", spaceBefore: 0) }
        }
        let o = almanac.outcomes[i]
        switch slide.kind {
        case .opening, .closing, .overview:
            return []
        case .title:
            var out = [Paragraph(o.statement, spaceBefore: 0)]
            if let check = o.leaderCheck {
                out.append(.heading("What to check for as a digital leader"))
                out.append(Paragraph(check, spaceBefore: 0))
            }
            return out
        case .statement:
            return [.heading(o.meaning.title, spaceBefore: 0)] + BlockText.paragraphs(o.meaning.blocks)
        case .guidance:
            return o.sections.flatMap { [.heading($0.title)] + BlockText.paragraphs($0.blocks) }
        case .caseStudy(let c):
            guard o.caseStudies.indices.contains(c) else { return [] }
            let s = o.caseStudies[c]
            var out = s.summary.map { Paragraph($0.plain, spaceBefore: 0) }
            if !s.councils.isEmpty { out.append(Paragraph("Councils: " + s.councils.joined(separator: ", "), style: Style(.dim))) }
            return out
        case .theme(let t):
            guard o.themes.indices.contains(t) else { return [] }
            return o.themes[t].steps.map { Paragraph($0.text, marker: "\($0.number). ", spaceBefore: 0) }
        }
    }
}
