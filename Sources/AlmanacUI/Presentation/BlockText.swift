import AlmanacModel

/// Turns the almanac's blocks into paragraphs for slides, screens and notes.
public enum BlockText {
    /// Text up to the end of its first sentence.
    public static func firstSentence(_ text: String) -> String {
        sentences(text).first ?? text
    }

    /// Text cut after each `.`, `?` or `!` followed by a space. A sentence is at least 13
    /// characters, so short abbreviations do not end one.
    public static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var start = 0
        var i = 0
        while i < chars.count - 1 {
            if ".?!".contains(chars[i]), chars[i + 1] == " ", i - start > 12 {
                out.append(String(chars[start...i]))
                start = i + 2
                i += 1
            }
            i += 1
        }
        if start < chars.count { out.append(String(chars[start...])) }
        return out
    }

    /// Paragraphs for blocks: headings bold, bullets marked, table rows as `cell · cell` lines.
    public static func paragraphs(_ blocks: [Block], spaceBefore: Int = 1) -> [Paragraph] {
        var out: [Paragraph] = []
        for block in blocks {
            switch block {
            case .heading(let h):
                out.append(.heading(h, spaceBefore: spaceBefore))
            case .paragraph(let t):
                out.append(Paragraph(t.plain, spaceBefore: spaceBefore))
            case .bullets(let items):
                for (i, b) in items.enumerated() { out.append(.bullet(b.plain, spaceBefore: i == 0 ? spaceBefore : 0)) }
            case .table(let table):
                if let header = table.header {
                    out.append(Paragraph(header.joined(separator: " · "), style: Style(.heading, bold: true), spaceBefore: spaceBefore))
                }
                for row in table.rows {
                    let text = row.map { cell in cell.map(\.plain).joined(separator: " ") }.joined(separator: " · ")
                    out.append(.bullet(text, spaceBefore: 0))
                }
                if let caption = table.caption { out.append(Paragraph(caption.plain, style: Style(.dim), spaceBefore: 0)) }
            }
        }
        return out
    }
}
