/// Lays a table out as an aligned grid of wrapped cells for a given width. The column widths
/// are chosen here for every grid the program draws (the guide's styled ones too).
public struct TableLayout: Sendable {
    /// Column widths in display columns, excluding borders.
    public let columnWidths: [Int]

    public init(cells rows: [[String]], width: Int) {
        self.init(paragraphs: rows.map { $0.map { [$0] } }, width: width)
    }

    /// Cells of paragraphs, each on lines of its own. Narrower than the longest words, words
    /// are cut: the minimums are scaled down, at least 1 column each.
    public init(paragraphs rows: [[[String]]], width: Int) {
        let (minimum, natural) = Self.measure(rows, mark: DisplayWidth.of(Self.itemMarker))
        let available = max(minimum.count, width - Self.overhead(minimum.count))
        let least = max(1, minimum.reduce(0, +))
        columnWidths = Self.share(minimum: minimum, natural: natural, room: available)
            ?? minimum.map { max(1, $0 * available / least) }
    }

    /// Columns of padding and border a grid of `n` columns spends: `| a | b |`.
    public static func overhead(_ n: Int) -> Int { 3 * n + 1 }

    /// Each column's longest word and longest paragraph (at least 1); in a cell listing
    /// several items each counts `mark` columns more, for its marker.
    public static func measure(_ rows: [[[String]]], mark: Int) -> (minimum: [Int], natural: [Int]) {
        let n = rows.map(\.count).max() ?? 0
        var natural = Array(repeating: 1, count: n)
        var minimum = Array(repeating: 1, count: n)
        for row in rows {
            for (c, cell) in row.enumerated() {
                let m = Table.isItemList(cell) ? mark : 0
                for text in cell {
                    natural[c] = max(natural[c], m + DisplayWidth.of(text))
                    for w in text.split(separator: " ") { minimum[c] = max(minimum[c], m + DisplayWidth.of(w)) }
                }
            }
        }
        return (minimum, natural)
    }

    /// Widths for `room` columns as a browser's automatic table layout chooses them: every
    /// column gets at least its longest word, and the room left is shared in proportion to
    /// how much more each would like (its natural width). Nil when the words do not fit.
    public static func share(minimum: [Int], natural: [Int], room: Int) -> [Int]? {
        if natural.reduce(0, +) <= room { return natural }
        let least = minimum.reduce(0, +)
        guard least <= room else { return nil }
        let spare = room - least
        let wants = zip(natural, minimum).map { $0 - $1 }
        let wantSum = max(1, wants.reduce(0, +))
        var widths = minimum.indices.map { minimum[$0] + spare * wants[$0] / wantSum }
        // Rounding leftovers go to the columns that want the most.
        var left = room - widths.reduce(0, +)
        for i in widths.indices.sorted(by: { wants[$0] > wants[$1] }) where left > 0 && widths[i] < natural[i] {
            widths[i] += 1
            left -= 1
        }
        return widths
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
