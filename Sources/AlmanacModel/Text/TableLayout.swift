/// Lays a table out as an aligned grid of wrapped cells for a given width.
public struct TableLayout: Sendable {
    /// Column widths in display columns, excluding borders.
    public let columnWidths: [Int]

    /// Chooses column widths as a browser's automatic table layout does: every column gets
    /// at least its longest word, and the room left is shared in proportion to how much
    /// more each column would like (its natural width). Narrower still, words are cut.
    public init(cells rows: [[String]], width: Int) {
        self.init(paragraphs: rows.map { $0.map { [$0] } }, width: width)
    }

    /// The same for cells of several paragraphs, each on lines of its own: a cell wants
    /// only its longest paragraph's width.
    public init(paragraphs rows: [[[String]]], width: Int) {
        let n = rows.map(\.count).max() ?? 0
        var natural = Array(repeating: 1, count: n)
        var minimum = Array(repeating: 1, count: n)
        for row in rows {
            for (c, cell) in row.enumerated() {
                let mark = Table.isItemList(cell) ? DisplayWidth.of(Self.itemMarker) : 0
                for text in cell {
                    natural[c] = max(natural[c], mark + DisplayWidth.of(text))
                    for w in text.split(separator: " ") { minimum[c] = max(minimum[c], mark + DisplayWidth.of(w)) }
                }
            }
        }
        let available = max(n, width - (3 * n + 1))
        let wanted = natural.reduce(0, +), least = minimum.reduce(0, +)
        if wanted <= available {
            columnWidths = natural
        } else if least <= available {
            let room = Double(available - least)
            let slack = Double(wanted - least)
            var widths = zip(minimum, natural).map { $0 + Int(room * Double($1 - $0) / slack) }
            // Hand out what rounding left over, to the columns that want the most.
            var left = available - widths.reduce(0, +)
            for i in widths.indices.sorted(by: { natural[$0] - widths[$0] > natural[$1] - widths[$1] }) where left > 0 {
                if widths[i] < natural[i] { widths[i] += 1; left -= 1 }
            }
            columnWidths = widths
        } else {
            // Too narrow even for whole words: scale the minimums down, at least 1 column each.
            columnWidths = minimum.map { max(1, $0 * available / least) }
        }
    }

    /// Marks each item of a cell that lists several, as the plain text marks bullets.
    static let itemMarker = "- "

    /// The lines of one row: each cell's paragraphs wrapped to its column, padded to align;
    /// a list's items each marked, their later lines hanging under the text.
    public func rowLines(_ cells: [[String]]) -> [[String]] {
        let wrapped = columnWidths.indices.map { c -> [String] in
            let paragraphs = c < cells.count ? cells[c] : []
            let (first, hang) = Table.isItemList(paragraphs) ? (Self.itemMarker, "  ") : ("", "")
            let lines = paragraphs.flatMap { Wrap.lines($0, width: columnWidths[c], firstIndent: first, indent: hang) }
            return lines.isEmpty ? [""] : lines
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { y in
            columnWidths.indices.map { c in Wrap.fit(y < wrapped[c].count ? wrapped[c][y] : "", width: columnWidths[c]) }
        }
    }

    /// The table as plain text lines: `| a | b |` rows between `+---+---+` rules.
    public func render(header: [String]?, rows: [[[String]]]) -> [String] {
        let rule = "+" + columnWidths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        let headerRule = rule.replacingOccurrences(of: "-", with: "=")
        var out = [rule]
        if let header {
            for line in rowLines(header.map { [$0] }) { out.append("| " + line.joined(separator: " | ") + " |") }
            out.append(headerRule)
        }
        for row in rows {
            for line in rowLines(row) { out.append("| " + line.joined(separator: " | ") + " |") }
            out.append(rule)
        }
        return out
    }
}
