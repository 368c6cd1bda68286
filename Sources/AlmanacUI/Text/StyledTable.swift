import AlmanacModel

/// Tables as styled lines: aligned grids whose cells wrap, or stacked records when no grid fits.
public enum StyledTable {
    /// Columns of padding and border a grid of `n` columns spends: `│ a │ b │`.
    static func overhead(_ n: Int) -> Int { 3 * n + 1 }

    public static func lines(_ table: Table, width: Int, glyphs: Glyphs) -> [StyledLine] {
        let n = table.columnCount
        guard n > 0 else { return [] }
        let rows = table.rows.map { row in (0..<n).map { i in i < row.count ? row[i] : [] } }
        let header = table.header.map { h in (0..<n).map { i in i < h.count ? [RichText(plain: h[i])] : [] } }
        var out: [StyledLine]
        if let widths = columnWidths(rows: rows + (header.map { [$0] } ?? []), columns: n, width: width) {
            out = grid(rows: rows, header: header, widths: widths, glyphs: glyphs)
        } else {
            out = stacked(rows: rows, header: table.header, width: width, glyphs: glyphs)
        }
        if let caption = table.caption {
            out += StyledWrap.lines(caption.runs(Style(.dim)), width: width)
        }
        return out
    }

    /// Widths that fit every column's longest word, sharing spare room by how much text each
    /// column holds; nil when even the longest words do not fit.
    static func columnWidths(rows: [[AlmanacModel.Cell]], columns n: Int, width: Int) -> [Int]? {
        let room = width - overhead(n)
        guard room >= n else { return nil }
        var minW = Array(repeating: 1, count: n)
        var natural = Array(repeating: 1, count: n)
        for row in rows {
            for (i, cell) in row.enumerated() {
                for para in cell {
                    let plain = para.plain
                    natural[i] = max(natural[i], DisplayWidth.of(plain))
                    for word in plain.split(separator: " ") { minW[i] = max(minW[i], DisplayWidth.of(word)) }
                }
            }
        }
        if natural.reduce(0, +) <= room { return natural }
        let minSum = minW.reduce(0, +)
        guard minSum <= room else { return nil }
        let spare = room - minSum
        let wants = (0..<n).map { natural[$0] - minW[$0] }
        let wantSum = max(1, wants.reduce(0, +))
        var widths = (0..<n).map { minW[$0] + spare * wants[$0] / wantSum }
        // Rounding leftovers go to the columns that want the most.
        var left = room - widths.reduce(0, +)
        for i in (0..<n).sorted(by: { wants[$0] > wants[$1] }) where left > 0 && widths[i] < natural[i] {
            widths[i] += 1
            left -= 1
        }
        return widths
    }

    static func cellLines(_ cell: AlmanacModel.Cell, width: Int, style: Style) -> [StyledLine] {
        cell.flatMap { StyledWrap.lines($0.runs(style), width: width) }
    }

    /// Traffic-light words keep their meaning in words and gain a colour.
    static func cellStyle(_ cell: AlmanacModel.Cell) -> Style {
        guard cell.count == 1 else { return .normal }
        switch cell[0].plain {
        case "Red": return Style(.error, bold: true)
        case "Amber": return Style(.warning, bold: true)
        case "Green": return Style(.done, bold: true)
        default: return .normal
        }
    }

    static func grid(rows: [[AlmanacModel.Cell]], header: [AlmanacModel.Cell]?, widths: [Int], glyphs g: Glyphs) -> [StyledLine] {
        let border = Style(.border)
        func rule(_ left: Character, _ mid: Character, _ right: Character, openFirst: Bool = false) -> StyledLine {
            let h = String(g.horizontal)
            var text = String(left) + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: String(mid)) + String(right)
            if openFirst {
                // The row below continues a group named in the first column: leave that cell open.
                text = String(g.vertical) + String(repeating: " ", count: widths[0] + 2) + String(g.teeRight)
                    + widths.dropFirst().map { String(repeating: h, count: $0 + 2) }.joined(separator: String(mid)) + String(right)
            }
            return StyledLine(text, border)
        }
        func row(_ cells: [AlmanacModel.Cell], bold: Bool) -> [StyledLine] {
            let wrapped = cells.enumerated().map { i, c in
                cellLines(c, width: widths[i], style: bold ? Style(.heading, bold: true) : cellStyle(c))
            }
            let height = max(1, wrapped.map(\.count).max() ?? 1)
            return (0..<height).map { li in
                var line = StyledLine()
                line.append(String(g.vertical), border, width: 1)
                for (i, cl) in wrapped.enumerated() {
                    line.append(" ", .normal, width: 1)
                    let content = li < cl.count ? cl[li] : StyledLine()
                    for r in content.runs { line.append(r.text, r.style, width: DisplayWidth.of(r.text)) }
                    let pad = widths[i] - content.width + 1
                    if pad > 0 { line.append(String(repeating: " ", count: pad), .normal, width: pad) }
                    line.append(String(g.vertical), border, width: 1)
                }
                return line
            }
        }
        var out = [rule(g.topLeft, g.teeDown, g.topRight)]
        if let header {
            out += row(header, bold: true)
            out.append(rule(g.teeRight, g.cross, g.teeLeft))
        }
        for (i, r) in rows.enumerated() {
            if i > 0 { out.append(rule(g.teeRight, g.cross, g.teeLeft, openFirst: widths.count > 1 && r[0].isEmpty)) }
            out += row(r, bold: false)
        }
        out.append(rule(g.bottomLeft, g.teeUp, g.bottomRight))
        return out
    }

    /// One record per row: `Header: value` lines (or the cells in turn when there is no
    /// header), rows separated by a blank line. Readable at any width.
    static func stacked(rows: [[AlmanacModel.Cell]], header: [String]?, width: Int, glyphs: Glyphs) -> [StyledLine] {
        var out: [StyledLine] = []
        for (ri, row) in rows.enumerated() {
            if ri > 0 { out.append(StyledLine()) }
            for (i, cell) in row.enumerated() where !cell.isEmpty {
                let label = header.flatMap { i < $0.count && !$0[i].isEmpty ? $0[i] + ": " : nil }
                let first = i == 0 && label == nil
                let indent = first ? nil : Run("  ")
                for (pi, para) in cell.enumerated() {
                    let style = first ? Style(bold: true) : cellStyle(cell)
                    let prefix = pi == 0 ? (label.map { Run($0, Style(.heading, bold: true)) } ?? indent) : indent
                    out += StyledWrap.lines(para.runs(style), width: width, prefix: prefix, indent: first ? 0 : 2)
                }
            }
        }
        return out
    }
}
