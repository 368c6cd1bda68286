import AlmanacModel

/// The almanac's text as lines for a screen reader or braille display: no rules of dashes, no
/// columns to line up; a table row is read as "Heading: cell; Heading: cell".
struct LinePrinter {
    let width: Int

    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        Wrap.lines(text, width: width, firstIndent: first, indent: rest)
    }

    /// Any line still wider than the width, wrapped: no answer runs past the edge.
    func fit(_ lines: [String]) -> [String] {
        lines.flatMap { DisplayWidth.of($0) > width ? wrap($0) : [$0] }
    }

    func section(_ s: Section, heading: String? = nil) -> [String] {
        wrap(heading ?? s.title) + [""] + blocks(s.blocks)
    }

    func blocks(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for b in blocks {
            switch b {
            case .heading(let h):
                out += wrap(h)
            case .paragraph(let t):
                out += wrap(t.plain) + [""]
            case .bullets(let items):
                out += items.flatMap { wrap($0.plain, first: "- ", rest: "  ") } + [""]
            case .table(let t):
                out += table(t) + [""]
            }
        }
        while out.last == "" { out.removeLast() }
        return out
    }

    /// Each row on its own, its cells named by the header (or numbered when there is none).
    func table(_ t: Table) -> [String] {
        var out: [String] = []
        for row in t.rows {
            let cells = row.enumerated().compactMap { i, cell -> String? in
                let text = cell.map(\.plain).joined(separator: " ")
                guard !text.isEmpty else { return nil }
                guard let name = t.header?[safe: i], !name.isEmpty else { return text }
                return name + ": " + text
            }
            out += wrap(cells.joined(separator: "; "), first: "- ", rest: "  ")
        }
        if let caption = t.caption { out += wrap(caption.plain) }
        return out
    }

    func councils(_ list: [Council]) -> [String] {
        list.flatMap { wrap("\($0.name): \($0.type), \($0.region)", first: "- ", rest: "  ") }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
