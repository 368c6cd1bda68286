import AlmanacModel

/// Tables as styled lines: aligned grids whose cells wrap, or stacked records when no grid fits.
public enum StyledTable {
    /// Columns a list's item marker takes: `• `.
    static let itemMark = 2

    public static func lines(_ table: Table, width: Int, glyphs: Glyphs) -> [StyledLine] {
        let n = table.columnCount
        guard n > 0 else { return [] }
        let (rows, header) = cells(table)
        var out: [StyledLine]
        if let fit = fit(rows: rows + (header.map { [$0] } ?? []), columns: n, width: width) {
            out = grid(rows: rows, header: header, widths: fit.widths, marks: fit.marks, glyphs: glyphs).flatMap { $0 }
        } else {
            out = stacked(rows: rows, header: table.header, width: width, glyphs: glyphs)
        }
        if let caption = table.caption {
            out += StyledWrap.lines(caption.runs(Style(.dim)), width: width)
        }
        return out
    }

    /// The grid alone (no caption) in groups of lines to keep together on a page: each row
    /// with the rule above it, the first with the header and the last with the bottom rule.
    /// Nil unless every column gets `readable` columns or all it wants.
    public static func grid(_ table: Table, width: Int, glyphs: Glyphs, readable: Int) -> [[StyledLine]]? {
        let n = table.columnCount
        guard n > 0 else { return nil }
        let (rows, header) = cells(table)
        let all = rows + (header.map { [$0] } ?? [])
        guard let fit = fit(rows: all, columns: n, width: width) else { return nil }
        let natural = TableLayout.measure(plain(all), mark: fit.marks ? itemMark : 0).natural
        guard fit.widths.indices.allSatisfy({ fit.widths[$0] >= min(natural[$0], readable) }) else { return nil }
        return grid(rows: rows, header: header, widths: fit.widths, marks: fit.marks, glyphs: glyphs)
    }

    /// Every row padded to the table's columns, and the header as cells.
    static func cells(_ table: Table) -> (rows: [[AlmanacModel.Cell]], header: [AlmanacModel.Cell]?) {
        let n = table.columnCount
        let rows = table.rows.map { row in (0..<n).map { i in i < row.count ? row[i] : [] } }
        let header = table.header.map { h in (0..<n).map { i in i < h.count ? [RichText(plain: h[i])] : [] } }
        return (rows, header)
    }

    static func plain(_ rows: [[AlmanacModel.Cell]]) -> [[[String]]] {
        rows.map { $0.map { $0.map(\.plain) } }
    }

    /// Column widths for a grid, with its items bulleted when the bullets fit; else items
    /// parted by a blank line, which costs rows rather than columns. Nil when even the
    /// longest words do not fit.
    static func fit(rows: [[AlmanacModel.Cell]], columns n: Int, width: Int) -> (widths: [Int], marks: Bool)? {
        let room = width - TableLayout.overhead(n)
        guard room >= n else { return nil }
        for marks in [true, false] {
            let (minimum, natural) = TableLayout.measure(plain(rows), mark: marks ? itemMark : 0)
            if let widths = TableLayout.share(minimum: minimum, natural: natural, room: room) { return (widths, marks) }
        }
        return nil
    }

    /// A cell's paragraphs on lines of their own; a list's items each after a bullet, or
    /// (`marks` off) with a blank line between them.
    static func cellLines(_ cell: AlmanacModel.Cell, width: Int, style: Style, marks: Bool, glyphs: Glyphs) -> [StyledLine] {
        guard Table.isItemList(cell.map(\.plain)) else { return cell.flatMap { StyledWrap.lines($0.runs(style), width: width) } }
        guard marks else {
            return cell.enumerated().flatMap { i, p in (i > 0 ? [StyledLine()] : []) + StyledWrap.lines(p.runs(style), width: width) }
        }
        let bullet = Run(String(glyphs.bullet) + " ", Style(.accent))
        return cell.flatMap { StyledWrap.lines($0.runs(style), width: width, prefix: bullet, indent: itemMark) }
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

    static func grid(rows: [[AlmanacModel.Cell]], header: [AlmanacModel.Cell]?, widths: [Int], marks: Bool, glyphs g: Glyphs) -> [[StyledLine]] {
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
                cellLines(c, width: widths[i], style: bold ? Style(.heading, bold: true) : cellStyle(c), marks: marks, glyphs: g)
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
        var top = [rule(g.topLeft, g.teeDown, g.topRight)]
        if let header {
            top += row(header, bold: true)
            top.append(rule(g.teeRight, g.cross, g.teeLeft))
        }
        var out: [[StyledLine]] = rows.isEmpty ? [top] : []
        for (i, r) in rows.enumerated() {
            let above = i == 0 ? top : [rule(g.teeRight, g.cross, g.teeLeft, openFirst: widths.count > 1 && r[0].isEmpty)]
            out.append(above + row(r, bold: false))
        }
        out[out.count - 1].append(rule(g.bottomLeft, g.teeUp, g.bottomRight))
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
                if Table.isItemList(cell.map(\.plain)) {
                    // The label on a line of its own, then one bulleted item a line.
                    if let label { out.append(StyledLine(String(label.dropLast()), Style(.heading, bold: true))) }
                    let lead = first ? "" : "  "
                    let bullet = Run(lead + String(glyphs.bullet) + " ", Style(.accent))
                    for para in cell {
                        out += StyledWrap.lines(para.runs(first ? Style(bold: true) : .normal), width: width,
                                                prefix: bullet, indent: lead.count + itemMark)
                    }
                    continue
                }
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
