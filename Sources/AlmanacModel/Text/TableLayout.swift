/// Lays a table out as an aligned grid of wrapped cells for a given width.
public struct TableLayout: Sendable {
    /// Column widths in display columns, excluding borders.
    public let columnWidths: [Int]

    /// Chooses column widths: each column's natural width, shrinking the widest columns
    /// first until the grid (with ` | ` separators and outer borders) fits `width`.
    public init(cells rows: [[String]], width: Int) {
        let n = rows.map(\.count).max() ?? 0
        var natural = Array(repeating: 1, count: n)
        var longestWord = Array(repeating: 1, count: n)
        for row in rows {
            for (c, text) in row.enumerated() {
                natural[c] = max(natural[c], DisplayWidth.of(text))
                for w in text.split(separator: " ") { longestWord[c] = max(longestWord[c], DisplayWidth.of(w)) }
            }
        }
        let available = max(n, width - (3 * n + 1))
        var widths = natural
        // Shrink towards a floor that keeps words whole where possible.
        let floor = zip(natural, longestWord).map { min($0, min($1, 14)) }
        while widths.reduce(0, +) > available {
            guard let i = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[i] -= 1
        }
        // Still too wide (very narrow screens): shrink everything towards 1.
        while widths.reduce(0, +) > available {
            guard let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 1 else { break }
            widths[i] -= 1
        }
        columnWidths = widths
    }

    /// The lines of one row: each cell's paragraphs wrapped to its column, padded to align.
    public func rowLines(_ cells: [[String]]) -> [[String]] {
        let wrapped = columnWidths.indices.map { c -> [String] in
            let paragraphs = c < cells.count ? cells[c] : []
            let lines = paragraphs.flatMap { Wrap.lines($0, width: columnWidths[c]) }
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
