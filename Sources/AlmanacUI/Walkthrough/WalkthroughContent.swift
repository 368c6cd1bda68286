import AlmanacModel

/// The words of each walkthrough screen: a title and paragraphs, built from the almanac.
///
/// The walkthrough's own sentences (how to move, what a screen is for) are here; the
/// almanac's text always comes from the content file.
public enum WalkthroughContent {
    public static func title(_ stop: WalkthroughStop, _ almanac: Almanac) -> String {
        switch stop {
        case .welcome: return "Welcome to " + almanac.index.title.lowercasedFirst
        case .ending: return "Where the council stands"
        case .outcome(let i, let part, let study):
            let o = almanac.outcomes[i]
            switch part {
            case .statement: return "Outcome \(o.number): \(o.title)"
            case .meaning: return o.meaning.title
            case .leaderCheck: return "What to check for as a digital leader"
            case .guidance: return "Key guidance on \(o.title.lowercased())"
            case .caseStudy:
                let count = o.caseStudies.count
                let which = count > 1 ? ", \(study + 1) of \(count)" : ""
                // A chapter whose line failed stands in with no studies until the launch reports it.
                let name = o.caseStudies.indices.contains(study) ? o.caseStudies[study].organisation : o.title
                return "What another council did\(which): \(name)"
            case .steps: return "What does the council already do?"
            }
        }
    }

    /// The paragraphs under the title. `expanded` holds the guidance headings (0-based)
    /// opened to their full text.
    public static func body(_ stop: WalkthroughStop, _ almanac: Almanac, _ progress: Progress,
                            expanded: Set<Int> = [], width: Int = 76, ascii: Bool = false,
                            minutesPerOutcome: Int = 5) -> [Paragraph] {
        switch stop {
        case .welcome: return welcome(almanac, width: width, minutesPerOutcome: minutesPerOutcome)
        case .ending: return ending(almanac, progress, width: width, ascii: ascii)
        case .outcome(let i, let part, let study):
            let o = almanac.outcomes[i]
            let glyphs = Glyphs.of(unicode: !ascii)
            switch part {
            case .statement:
                return [Paragraph("The outcome the council is working towards:", style: Style(.dim), spaceBefore: 0),
                        Paragraph(o.statement, style: Style(.heading, bold: true))]
            case .meaning:
                return BlockText.paragraphs(o.meaning.blocks, tables: (width, glyphs)).enumerated().map { n, p in
                    var p = p
                    if n == 0 { p.spaceBefore = 0 }
                    return p
                }
            case .leaderCheck:
                return [Paragraph("From the almanac's Leadership chapter: what a councillor can look for on \(o.title.lowercased()).",
                                  style: Style(.dim), spaceBefore: 0),
                        Paragraph(o.leaderCheck ?? "", style: Style(.heading, bold: true))]
            case .guidance:
                var out = [Paragraph("Press a heading's letter to read more under it; press it again to fold it away.",
                                     style: Style(.dim), spaceBefore: 0)]
                for (n, item) in GuidanceItem.items(of: o).enumerated() {
                    let label = guidanceLabels[n]
                    out.append(Paragraph(item.heading, style: Style(.heading, bold: true), marker: "\(label). ",
                                         markerStyle: Style(.accent, bold: true), keepWithNext: true))
                    if expanded.contains(n) {
                        let tables = (width: width - indent.count, glyphs: glyphs)
                        out += BlockText.paragraphs(item.blocks, spaceBefore: 1, tables: tables).map { indented($0) }
                    } else if let first = item.firstSentence {
                        var summary = indented(Paragraph(first, spaceBefore: 0))
                        if item.blocks.count > 1 || first != item.blocks.first.map(plainText) { summary.text += " (more: press \(label))" }
                        out.append(summary)
                    }
                }
                return out
            case .caseStudy:
                return caseStudy(o, study)
            case .steps:
                var out = [Paragraph("Press a step's number to mark it as something the council already does; press it again to unmark it. The marks are the same as the checklist's.",
                                     style: Style(.dim), spaceBefore: 0)]
                var n = 0
                for theme in o.themes {
                    out.append(.heading(theme.title))
                    for step in theme.steps {
                        n += 1
                        let status = progress.status(of: step.id)
                        out.append(Paragraph(step.text, style: Styles.stepText(status),
                                             marker: SlideContent.box(status) + "\(n). ",
                                             markerStyle: Styles.checkBox(status, room: true),
                                             step: step.id, spaceBefore: 0))
                    }
                }
                return out
            }
        }
    }

    /// One case study, and what comes after it: the next study, or the steps.
    static func caseStudy(_ o: Outcome, _ n: Int) -> [Paragraph] {
        guard o.caseStudies.indices.contains(n) else { return [] }  // a placeholder (see AlmanacOutcomes)
        let study = o.caseStudies[n]
        var out: [Paragraph] = []
        if let category = study.category { out.append(Paragraph(category, style: Style(.accent), spaceBefore: 0)) }
        out += study.summary.enumerated().map { i, t in Paragraph(t.plain, spaceBefore: out.isEmpty && i == 0 ? 0 : 1) }
        if n + 1 < o.caseStudies.count {
            out.append(Paragraph("Next: what \(o.caseStudies[n + 1].organisation) did (case study \(n + 2) of \(o.caseStudies.count)).",
                                 style: Style(.dim)))
        } else if o.caseStudies.count > 1 {
            // The command on a line of its own, so it is never broken across two.
            out.append(Paragraph("To print all \(o.caseStudies.count) of these case studies later, run:", style: Style(.dim)))
            out.append(Paragraph("almanac cases \(o.id)", style: Style(.accent), marker: "    ", spaceBefore: 0))
        }
        return out
    }

    /// The keys that open guidance headings: the letters no other key uses (q leaves, u
    /// undoes, o opens the outcomes). Numbers are for steps, and some chapters have more than
    /// nine headings.
    public static let guidanceLabels: [Character] = Array("abcdefghijklmnopqrstuvwxyz").filter {
        WalkthroughKeys.command(for: .character($0)) == nil
    }

    /// What an opened heading's text is indented by, under its letter.
    static let indent = "   "

    static func indented(_ p: Paragraph) -> Paragraph {
        var p = p
        p.marker = indent + p.marker
        return p
    }

    static func plainText(_ block: Block) -> String {
        switch block {
        case .paragraph(let t): return t.plain
        default: return ""
        }
    }

    static func welcome(_ almanac: Almanac, width: Int, minutesPerOutcome: Int) -> [Paragraph] {
        var out: [Paragraph] = [Paragraph(almanac.index.subtitle, style: Style(.dim), spaceBefore: 0)]
        if let overview = almanac.front.introduction.first,
           case .paragraph(let t)? = overview.blocks.first(where: { if case .paragraph = $0 { true } else { false } }) {
            // What the almanac is: the opening of its own overview.
            let sentences = BlockText.sentences(t.plain)
            out.append(Paragraph(sentences.prefix(2).joinedText(separator: " ")))
        }
        out.append(.heading("The \(almanac.index.outcomes.count) outcomes at a glance"))
        // From the index: the welcome decodes no chapter. Two columns when they fit, so the
        // list takes half the rows.
        let names = almanac.index.outcomes.map { Pen.padLeft("\($0.number)", to: 2) + ". " + $0.title }
        let column = (names.map { AlmanacModel.DisplayWidth.of($0) }.max() ?? 0) + 2
        if 2 * column <= width {
            let half = (names.count + 1) / 2
            for r in 0..<half {
                let right = r + half < names.count ? names[r + half] : ""
                let pad = String(right.prefix { $0 == " " }) // wrapping drops leading spaces; the marker keeps them
                out.append(Paragraph(right, style: Style(.normal), marker: AlmanacModel.Wrap.fit(names[r], width: column) + pad,
                                     markerStyle: Style(.normal), spaceBefore: 0))
            }
        } else {
            out += names.map { Paragraph($0, spaceBefore: 0) }
        }
        let total = almanac.outcomes.count * minutesPerOutcome
        out.append(.heading("How long it takes"))
        out.append(Paragraph("About \(minutesPerOutcome) minutes an outcome, so about \(total / 60) hour\(total >= 120 ? "s" : "") for all \(almanac.outcomes.count). You do not have to finish in one go, nor go in order: press o for the list of outcomes, to go straight to one.", spaceBefore: 0))
        out.append(.heading("Leaving and coming back"))
        out.append(Paragraph("Press q whenever you like. Next time you start the walkthrough, it opens at the screen you left.", spaceBefore: 0))
        return out
    }

    static func ending(_ almanac: Almanac, _ progress: Progress, width: Int, ascii: Bool) -> [Paragraph] {
        let summary = WalkthroughSummary(almanac: almanac, progress: progress)
        var out = [Paragraph("Steps the council already does, outcome by outcome:", style: Style(.dim), spaceBefore: 0)]
        // A bar chart: one line an outcome, the bar filling the width left by the names.
        let nameWidth = min(summary.tallies.map { AlmanacModel.DisplayWidth.of($0.title) }.max() ?? 0, width / 2)
        let barWidth = max(3, width - nameWidth - 4 - 1 - 5)
        for (n, t) in summary.tallies.enumerated() {
            let filled = t.applicable == 0 ? 0 : (barWidth * t.done + t.applicable / 2) / t.applicable
            let bar = String(repeating: ascii ? "#" : "█", count: filled) + String(repeating: ascii ? "." : "░", count: barWidth - filled)
            out.append(Paragraph(bar + " " + Pen.padLeft("\(t.done)/\(t.applicable)", to: 4), style: Style(.done, bold: true),
                                 marker: Pen.padLeft("\(t.number)", to: 2) + ". " + AlmanacModel.Wrap.fit(t.title, width: nameWidth) + " ",
                                 markerStyle: Style(.heading), spaceBefore: n == 0 ? 1 : 0))
        }
        if !summary.nextSteps.isEmpty {
            out.append(.heading("Three steps to look at next"))
            for next in summary.nextSteps {
                out.append(Paragraph("\(next.outcome): \(next.step.text)", marker: "• ", markerStyle: Style(.accent, bold: true), spaceBefore: 0))
            }
        }
        out.append(Paragraph("Press Enter to finish. To walk through again from the start, run: almanac walkthrough --restart (your marks are kept).",
                             style: Style(.dim)))
        return out
    }
}

extension String {
    /// "The local…" → "the local…", for a title inside a sentence.
    fileprivate var lowercasedFirst: String {
        guard let f = first else { return self }
        // String + Substring would take the generic append, unspecialised.
        return f.lowercased() + String(dropFirst())
    }
}
