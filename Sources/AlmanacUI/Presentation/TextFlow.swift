import AlmanacModel

/// Wraps paragraphs to a width and cuts them into pages, never dropping a line.
///
/// A page that cannot hold everything ends, and the rest flows onto the next page: the
/// caller shows those as continuation slides or screens, numbered "2/2".
public enum TextFlow {
    struct Line {
        var line: TextLine
        var spaceBefore: Int
        /// How many of the lines after this one go on its page: a heading's next line, the
        /// rest of a preformatted block.
        var keep: Int
    }

    /// The paragraphs as lines of at most `width` columns (blank separators not included).
    static func lines(_ paragraphs: [Paragraph], width: Int) -> [Line] {
        var out: [Line] = []
        for p in paragraphs {
            let hang = String(repeating: " ", count: AlmanacModel.DisplayWidth.of(p.marker))
            if !p.preformatted.isEmpty {
                for (i, l) in p.preformatted.enumerated() {
                    var line = l
                    let lead = i == 0 ? Run(p.marker, p.markerStyle) : Run(hang)
                    if !lead.text.isEmpty { line.runs.insert(lead, at: 0) }
                    out.append(Line(line: line, spaceBefore: i == 0 ? p.spaceBefore : 0,
                                    keep: i == 0 ? p.preformatted.count - 1 : 0))
                }
                continue
            }
            let wrapped = AlmanacModel.Wrap.lines(p.text, width: width, firstIndent: p.marker, indent: hang)
            for (i, text) in wrapped.enumerated() {
                var runs: [Run]
                if i == 0, !p.marker.isEmpty, text.hasPrefix(p.marker) {
                    runs = [Run(p.marker, p.markerStyle), Run(String(text.dropFirst(p.marker.count)), p.style)]
                } else if i > 0, !hang.isEmpty, text.hasPrefix(hang) {
                    runs = [Run(hang), Run(String(text.dropFirst(hang.count)), p.style)]
                } else {
                    runs = [Run(text, p.style)]
                }
                out.append(Line(line: TextLine(runs, step: p.step, centred: p.centred),
                                spaceBefore: i == 0 ? p.spaceBefore : 0,
                                keep: p.keepWithNext && i == wrapped.count - 1 ? 1 : 0))
            }
        }
        return out
    }

    /// The paragraphs wrapped to `width` and cut into pages of at most `height` lines.
    /// Always at least one page; every line of text appears on exactly one page.
    /// `firstHeight` allows a shorter or taller first page (e.g. below a big title).
    public static func pages(_ paragraphs: [Paragraph], width: Int, height: Int, firstHeight: Int? = nil) -> [[TextLine]] {
        let restHeight = max(1, height)
        var height = max(1, firstHeight ?? height)
        let all = lines(paragraphs, width: max(1, width))
        var pages: [[TextLine]] = []
        var page: [TextLine] = []
        var i = 0
        while i < all.count {
            let l = all[i]
            let gap = page.isEmpty ? 0 : l.spaceBefore
            var need = gap + 1
            // A heading's last line goes over with what it keeps (and what that keeps in turn:
            // a table row); if all that outgrows a page, with the line after it alone.
            if l.keep > 0, i + 1 < all.count, height >= 2 {
                var end = i, j = i
                while j <= end, j < all.count { end = max(end, j + all[j].keep); j += 1 }
                let kept = all[(i + 1)...min(end, all.count - 1)].reduce(0) { $0 + $1.spaceBefore + 1 }
                need += 1 + kept <= height ? kept : all[i + 1].spaceBefore + 1
            }
            if !page.isEmpty && page.count + need > height {
                pages.append(page)
                page = []
                height = max(1, restHeight)
                continue
            }
            if gap > 0 { page += Array(repeating: .empty, count: min(gap, height - page.count - 1)) }
            page.append(l.line)
            i += 1
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return pages
    }

    /// Draws lines into a column starting at `(x, y)`, centring those marked so.
    public static func draw(_ lines: [TextLine], x: Int, y: Int, width: Int, into screen: inout Screen) {
        for (row, line) in lines.enumerated() {
            Pen.write(line, x: left(line, x: x, width: width), y: y + row, limit: x + width, into: &screen)
        }
    }

    /// The column a line starts at in an area from `x`, `width` wide (centred lines move in).
    static func left(_ line: TextLine, x: Int, width: Int) -> Int {
        line.centred ? x + max(0, (width - AlmanacModel.DisplayWidth.of(line.text)) / 2) : x
    }

    /// Where the cursor belongs on these lines drawn from (x, y): the first words, or nil.
    static func firstWords(_ lines: [TextLine], x: Int, y: Int, width: Int) -> (x: Int, y: Int)? {
        guard let i = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let text = lines[i].text
        let indent = AlmanacModel.DisplayWidth.of(text.prefix { $0 == " " })
        return (left(lines[i], x: x, width: width) + indent, y + i)
    }
}
