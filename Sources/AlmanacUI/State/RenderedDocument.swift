import AlmanacModel

/// A wrapped line of a part, tagged with the item it came from.
public struct DocLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        /// The first line of a step: the view draws its marker and check box in the indent.
        case stepFirst(Int)
        case stepMore(Int)
        /// The line under a step where the view writes its status, owner and due date.
        case stepMeta(Int)
    }

    public var line: StyledLine
    public var item: Int
    public var kind: Kind

    public var step: Int? {
        switch kind {
        case .text: return nil
        case .stepFirst(let i), .stepMore(let i), .stepMeta(let i): return i
        }
    }
}

/// A part wrapped to a width: computed in the update when the part or the width changes,
/// kept in the state so scrolling and drawing never wrap again.
public struct RenderedDocument: Hashable, Sendable {
    public struct Key: Hashable, Sendable {
        public var outcome: Int
        public var part: Part
        public var width: Int
        public var unicode: Bool
    }

    public var key: Key
    public var items: [DocItem]
    public var lines: [DocLine]
    /// The first line of each item.
    public var itemStarts: [Int]
    /// The first line of each step (checklist parts only).
    public var stepStarts: [Int]

    /// Columns the check-box area takes before a step's text: `▸ [✓] `.
    public static let stepIndent = 6

    public init(key: Key, items: [DocItem]) {
        self.key = key
        self.items = items
        let glyphs = key.unicode ? Glyphs.unicode : Glyphs.ascii
        let width = max(1, key.width)
        var lines: [DocLine] = []
        var starts: [Int] = []
        var stepStarts: [Int] = []
        func add(_ ls: [StyledLine], _ item: Int, _ kind: DocLine.Kind = .text) {
            lines += ls.map { DocLine(line: $0, item: item, kind: kind) }
        }
        for (i, item) in items.enumerated() {
            starts.append(lines.count)
            switch item {
            case .title(let s):
                add(StyledWrap.lines([Run(s, Style(.title, bold: true))], width: width), i)
            case .statement(let s):
                add(StyledWrap.lines([Run(s, Style(bold: true))], width: width), i)
            case .heading(let s):
                add(StyledWrap.lines([Run(s, Style(.heading, bold: true))], width: width), i)
            case .paragraph(let t):
                add(StyledWrap.lines(t.runs(), width: width), i)
            case .bullet(let t):
                add(StyledWrap.lines(t.runs(), width: width, prefix: Run(String(glyphs.bullet) + " ", Style(.accent)), indent: 2), i)
            case .table(let t):
                add(StyledTable.lines(t, width: width, glyphs: glyphs), i)
            case .caseStudy(let c, let councils):
                add(StyledWrap.lines([Run(c.organisation, Style(.heading, bold: true))], width: width), i)
                var facts: [String] = []
                if let cat = c.category { facts.append(cat) }
                facts += councils.map { "\($0.name): \($0.type), \($0.region)" }
                if !facts.isEmpty {
                    add(StyledWrap.lines([Run(facts.joined(separator: glyphs.dot), Style(.dim))], width: width), i)
                }
                for p in c.summary { add(StyledWrap.lines(p.runs(), width: width), i) }
            case .theme(let t):
                add(StyledWrap.lines([Run(t.title, Style(.heading, bold: true))], width: width), i)
            case .step(let s, let index):
                while stepStarts.count <= index { stepStarts.append(lines.count) }
                stepStarts[index] = lines.count
                let pad = String(repeating: " ", count: Self.stepIndent)
                let wrapped = StyledWrap.lines([Run(s.text)], width: width, prefix: Run(pad), indent: Self.stepIndent)
                for (li, l) in wrapped.enumerated() {
                    lines.append(DocLine(line: l, item: i, kind: li == 0 ? .stepFirst(index) : .stepMore(index)))
                }
                lines.append(DocLine(line: StyledLine(pad), item: i, kind: .stepMeta(index)))
            }
            // A blank line between items, except inside a run of bullets.
            let next = i + 1 < items.count ? items[i + 1] : nil
            if case .bullet = item, case .bullet = next { continue }
            if case .title = item, case .statement = next { continue }
            if next != nil { lines.append(DocLine(line: StyledLine(), item: i, kind: .text)) }
        }
        self.lines = lines
        self.itemStarts = starts
        self.stepStarts = stepStarts
    }

    /// The item shown on line `n` (for keeping the reader's place across a re-wrap).
    public func item(atLine n: Int) -> Int? {
        lines.indices.contains(n) ? lines[n].item : nil
    }
}
