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

    /// A grid's column is readable at this many columns (or all its text wants, if less).
    public static let readableColumn = 10

    /// Paragraphs for blocks: headings bold, bullets marked. A table is drawn as the guide
    /// draws it (one paragraph a row, so rows keep to a page) when `tables` gives a width its
    /// columns are readable at; else its rows are `cell · cell` lines.
    public static func paragraphs(_ blocks: [Block], spaceBefore: Int = 1,
                                  tables: (width: Int, glyphs: Glyphs)? = nil) -> [Paragraph] {
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
                if let tables, let rows = StyledTable.grid(table, width: tables.width, glyphs: tables.glyphs, readable: readableColumn) {
                    for (i, row) in rows.enumerated() {
                        out.append(.lines(row.map { TextLine($0.runs) }, spaceBefore: i == 0 ? spaceBefore : 0))
                    }
                } else {
                    if let header = table.header {
                        out.append(Paragraph(header.joined(separator: " · "), style: Style(.heading, bold: true), spaceBefore: spaceBefore))
                    }
                    for row in table.rows {
                        out.append(.bullet(row.map(cellText).joined(separator: " · "), spaceBefore: 0))
                    }
                }
                if let caption = table.caption { out.append(Paragraph(caption.plain, style: Style(.dim), spaceBefore: 0)) }
            }
        }
        return out
    }

    /// A cell on one line: a list's items parted by `; `, paragraphs of prose by a space.
    static func cellText(_ cell: AlmanacModel.Cell) -> String {
        let plains = cell.map(\.plain)
        return plains.joined(separator: Table.isItemList(plains) ? "; " : " ")
    }
}
