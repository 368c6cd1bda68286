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
        // Slices of the string itself: `String(chars[a...b])` over an array of Characters went
        // through the generic Sequence initialiser unspecialised, and the runtime searched the
        // conformances at every sentence (two million instructions for the welcome's paragraph).
        var out: [String] = []
        var start = text.startIndex
        var length = 0
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            let c = text[i]
            if next < text.endIndex, c == "." || c == "?" || c == "!", text[next] == " ", length > 12 {
                out.append(String(text[start...i]))
                start = text.index(after: next)
                i = start
                length = 0
                continue
            }
            length += 1
            i = next
        }
        if start < text.endIndex { out.append(String(text[start...])) }
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
