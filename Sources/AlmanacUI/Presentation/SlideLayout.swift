import AlmanacModel

/// Where things go on a projected screen of a given size: generous margins, a footer row.
public struct SlideGeometry: Hashable, Sendable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }

    /// The longest line of running text: longer lines are hard to follow from across a room.
    public static let maxTextWidth = 100

    /// Side margin for block letters and bars: a tenth of the width.
    public var wideMarginX: Int { max(2, width / 10) }
    public var wideWidth: Int { max(10, width - 2 * wideMarginX) }
    /// Side margin for running text: at least a tenth, more to keep lines readable.
    public var marginX: Int { max(wideMarginX, (width - Self.maxTextWidth) / 2) }
    public var textWidth: Int { max(10, min(Self.maxTextWidth, width - 2 * marginX)) }
    public var bodyTop: Int { height >= 16 ? max(1, height / 12) : (height >= 6 ? 1 : 0) }
    public var footerY: Int { height - 1 }
    /// Rows between the top margin and the footer, less a blank row above the footer.
    public var bodyHeight: Int { max(1, footerY - bodyTop - (height >= 10 ? 1 : 0)) }
}

/// One screenful of a slide.
public struct SlidePage: Hashable, Sendable {
    public var lines: [TextLine]
    /// Title and statement slides, and text that fits on one page, sit in the middle of the
    /// screen; continued text starts at the top.
    public var centredVertically: Bool
    /// Block letters and bars use the full width between the narrow margins.
    public var wide = false
}

/// Lays a slide out for a size, flowing what does not fit onto continuation pages.
public enum SlideLayout {
    public static func pages(_ slide: Slide, almanac: Almanac, progress: Progress,
                             geometry g: SlideGeometry, ascii: Bool, occasion: Occasion = Occasion()) -> [SlidePage] {
        switch slide.kind {
        case .opening:
            return opening(almanac: almanac, occasion: occasion, geometry: g, ascii: ascii)
        case .closing:
            return text(closing(occasion), geometry: g, centred: false, ascii: ascii)
        case .overview:
            return overview(almanac: almanac, progress: progress, geometry: g, ascii: ascii)
        case .title:
            let o = almanac.index.outcomes[slide.outcome ?? 0]
            let caption = TextLine("Outcome \(o.number) of \(almanac.outcomes.count)", Style(.accent, bold: true), centred: true)
            if let letters = BlockFont.layout(o.title.uppercased(), width: g.wideWidth, height: g.bodyHeight - 2, ascii: ascii) {
                let big = letters.map { TextLine($0, Style(.title, bold: true), centred: true) }
                return [SlidePage(lines: [caption, .empty] + big, centredVertically: true, wide: true)]
            }
            return text([Paragraph(caption.text, style: Style(.accent, bold: true), centred: true, spaceBefore: 0),
                         Paragraph(o.title, style: Style(.title, bold: true), centred: true)],
                        geometry: g, centred: true)
        case .statement:
            let o = almanac.index.outcomes[slide.outcome ?? 0]
            // Block letters only where they leave generous space around them.
            if let letters = BlockFont.layout(o.statement, width: g.wideWidth * 9 / 10, height: g.bodyHeight * 2 / 3, ascii: ascii) {
                return [SlidePage(lines: letters.map { TextLine($0, Style(.title, bold: true), centred: true) },
                                  centredVertically: true, wide: true)]
            }
            // Short lines, double-spaced when there is room: large type as far as a terminal allows.
            let short = min(g.textWidth, max(30, g.width / 2))
            let lines = AlmanacModel.Wrap.lines(o.statement, width: short)
            if lines.count * 2 - 1 <= g.bodyHeight {
                var out: [TextLine] = []
                for (i, l) in lines.enumerated() {
                    if i > 0 { out.append(.empty) }
                    out.append(TextLine(l, Style(.title, bold: true), centred: true))
                }
                return [SlidePage(lines: out, centredVertically: true)]
            }
            return text(SlideContent.body(slide, almanac, progress), geometry: g, centred: true, width: short)
        case .guidance, .caseStudy, .theme:
            return text(SlideContent.body(slide, almanac, progress), geometry: g, centred: false, ascii: ascii)
        }
    }

    /// Paragraphs over as many pages as they need; pages after the first repeat the heading.
    /// On a large screen the heading is drawn in block letters, so the room can read it.
    static func text(_ paragraphs: [Paragraph], geometry g: SlideGeometry, centred: Bool, width: Int? = nil,
                     ascii: Bool = false) -> [SlidePage] {
        let headingIndex = paragraphs.firstIndex { $0.style.role == .title }
        let heading = (headingIndex.map { paragraphs[$0] } ?? paragraphs.first)?.text ?? ""
        if let h = headingIndex, g.width >= 140, g.height >= 40,
           let letters = BlockFont.layout(heading, width: g.wideWidth, height: g.bodyHeight * 2 / 5, ascii: ascii) {
            var big = letters.map { line -> TextLine in
                var l = TextLine(line, Style(.title, bold: true), centred: true)
                l.wide = true
                return l
            }
            let before = TextFlow.pages(Array(paragraphs[..<h]), width: width ?? g.textWidth, height: 10_000)[0]
            if !before.isEmpty {
                big = before.map { line -> TextLine in
                    var l = line
                    l.centred = true
                    l.wide = true
                    return l
                } + [.empty] + big
            }
            var rest = Array(paragraphs[(h + 1)...])
            if !rest.isEmpty { rest[0].spaceBefore = 0 }
            let top = big.count + 2
            let pages = TextFlow.pages(rest, width: width ?? g.textWidth, height: g.bodyHeight - 2,
                                       firstHeight: g.bodyHeight - top)
            return pages.enumerated().map { n, lines in
                if n == 0 { return SlidePage(lines: big + [.empty, .empty] + lines, centredVertically: pages.count == 1) }
                let label = Truncate.fit(heading, max(1, g.textWidth - 12), ellipsis: ascii ? "..." : "…") + " (continued)"
                return SlidePage(lines: [TextLine(label, Style(.dim)), .empty] + lines, centredVertically: false)
            }
        }
        let repeatHeading = g.bodyHeight >= 6
        let pages = TextFlow.pages(paragraphs, width: width ?? g.textWidth,
                                   height: g.bodyHeight - (repeatHeading ? 2 : 0), firstHeight: g.bodyHeight)
        if pages.count == 1 {
            // Room to spare: twice the space between paragraphs, if that still fits, and centred.
            let airy = paragraphs.map { p -> Paragraph in
                var p = p
                p.spaceBefore *= 2
                return p
            }
            let spaced = TextFlow.pages(airy, width: width ?? g.textWidth, height: g.bodyHeight)
            let lines = spaced.count == 1 && spaced[0].count <= g.bodyHeight * 3 / 4 ? spaced[0] : pages[0]
            return [SlidePage(lines: lines, centredVertically: true)]
        }
        return pages.enumerated().map { n, lines in
            guard n > 0, repeatHeading else { return SlidePage(lines: lines, centredVertically: centred) }
            // A heading cut to fit says so ("Understanding curren…"), never ends mid-word unmarked.
            let label = Truncate.fit(heading, max(1, g.textWidth - 12), ellipsis: ascii ? "..." : "…") + " (continued)"
            return SlidePage(lines: [TextLine(label, Style(.dim)), .empty] + lines, centredVertically: centred)
        }
    }

    /// The almanac's title in block letters where they fit, then who the session is for and the day.
    static func opening(almanac: Almanac, occasion: Occasion, geometry g: SlideGeometry, ascii: Bool) -> [SlidePage] {
        var facts: [(String, Style)] = []
        if let audience = occasion.audience, !audience.isEmpty { facts.append((audience, Style(.accent, bold: true))) }
        if !occasion.date.isEmpty { facts.append((occasion.date, Style(.dim))) }
        let under = facts.map { TextLine($0.0, $0.1, centred: true) }
        let room = g.bodyHeight - under.count - 2
        if let letters = BlockFont.layout(almanac.index.title.uppercased(), width: g.wideWidth, height: room, ascii: ascii) {
            let big = letters.map { TextLine($0, Style(.title, bold: true), centred: true) }
            return [SlidePage(lines: big + (under.isEmpty ? [] : [.empty, .empty] + under), centredVertically: true, wide: true)]
        }
        var paragraphs = [Paragraph(almanac.index.title, style: Style(.title, bold: true), centred: true, spaceBefore: 0)]
        if !almanac.index.subtitle.isEmpty { paragraphs.append(Paragraph(almanac.index.subtitle, style: Style(.accent), centred: true)) }
        paragraphs += facts.map { Paragraph($0.0, style: $0.1, centred: true) }
        return text(paragraphs, geometry: g, centred: true, ascii: ascii)
    }

    /// The room's decisions: each step changed, with its status before and after.
    static func closing(_ occasion: Occasion) -> [Paragraph] {
        var out = [SlideContent.kicker("End of the session" + (occasion.date.isEmpty ? "" : " · " + occasion.date)),
                   Paragraph("Decisions in this session", style: Style(.title, bold: true), spaceBefore: 0, keepWithNext: true)]
        if occasion.decisions.isEmpty {
            out.append(Paragraph("No steps were changed in this session.", style: Style(.dim)))
            return out
        }
        let changed = occasion.decisions.filter(\.statusChanged).count
        out.append(Paragraph("\(Plural.count(occasion.decisions.count, "step")) changed" + (changed == occasion.decisions.count ? "" : ", \(changed) of them in status") + ".",
                             style: Style(.accent)))
        for d in occasion.decisions {
            let status = d.statusChanged ? StatusWords.of(d.before) + " → " + StatusWords.of(d.after) : StatusWords.of(d.after)
            let facts = ([status] + d.fields).joined(separator: "; ")
            out.append(Paragraph("\(d.place) \(d.text) (\(facts))", style: Style(d.after == .done ? .done : .normal),
                                 marker: SlideContent.box(d.after), markerStyle: Styles.checkBox(d.after, room: true),
                                 step: d.step))
        }
        return out
    }

    /// The twelve outcomes as horizontal bars: ticked steps out of those that apply.
    static func overview(almanac: Almanac, progress: Progress, geometry g: SlideGeometry, ascii: Bool) -> [SlidePage] {
        let rows = OutcomeTally.all(almanac: almanac, progress: progress)
        let nameWidth = min(rows.map { AlmanacModel.DisplayWidth.of($0.title) }.max() ?? 0, g.wideWidth / 2)
        let countWidth = 6
        let barWidth = max(4, g.wideWidth - 4 - nameWidth - 1 - countWidth)
        let spaced = g.bodyHeight >= 2 * rows.count + 2
        var lines = [TextLine("Where the council stands", Style(.title, bold: true))]
        for row in rows {
            if spaced || lines.count == 1 { lines.append(.empty) }
            let filled = row.applicable == 0 ? 0 : (barWidth * row.done + row.applicable / 2) / row.applicable
            let name = Pen.padLeft(String(row.number), to: 2) + "  " + AlmanacModel.Wrap.fit(row.title, width: nameWidth) + " "
            lines.append(TextLine([
                Run(name, Style(.heading, bold: true)),
                Run(String(repeating: ascii ? "#" : "█", count: filled), Style(.done, bold: true)),
                Run(String(repeating: ascii ? "." : "░", count: barWidth - filled), Style(.dim)),
                Run(" " + Pen.padLeft("\(row.done)/\(row.applicable)", to: countWidth - 1), Style(.normal, bold: true)),
            ]))
        }
        let pages = chunk(lines, height: g.bodyHeight)
        return pages.map { SlidePage(lines: $0, centredVertically: pages.count == 1, wide: true) }
    }

    /// Lines cut into pages of `height` (for already laid-out lines such as the overview).
    static func chunk(_ lines: [TextLine], height: Int) -> [[TextLine]] {
        let h = max(1, height)
        return stride(from: 0, to: max(1, lines.count), by: h).map { Array(lines[$0..<min(lines.count, $0 + h)]) }
    }
}

/// How far the council has got with one outcome.
public struct OutcomeTally: Hashable, Sendable {
    public var number: Int
    public var id: String
    public var title: String
    public var done: Int
    /// Steps that apply: all nine less those marked not applicable.
    public var applicable: Int

    public var fraction: Double { applicable == 0 ? 1 : Double(done) / Double(applicable) }

    public static func all(almanac: Almanac, progress: Progress) -> [OutcomeTally] {
        almanac.outcomes.map { o in
            let tally = StepTally(o.steps.map(\.id), in: progress)
            return OutcomeTally(number: o.number, id: o.id, title: o.title, done: tally.done, applicable: tally.applicable)
        }
    }
}
