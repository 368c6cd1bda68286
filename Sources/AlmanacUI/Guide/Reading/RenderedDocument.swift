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

/// One part of an outcome, ready to wrap: what the parts pane calls it and its items.
public struct DocPart: Hashable, Sendable {
    public var part: Part
    public var title: String
    public var items: [DocItem]

    public init(_ part: Part, title: String, items: [DocItem]) {
        self.part = part
        self.title = title
        self.items = items
    }
}

/// An outcome's parts wrapped to a width: computed in the update when the outcome, the kind
/// of document or the width changes, kept in the state so scrolling and drawing never wrap again.
///
/// The reading document holds every part but the checklist, one after another, so the
/// content pane scrolls through an outcome as `less` scrolls through a chapter, and the parts
/// pane is its table of contents. The checklist is a document of its own.
public struct RenderedDocument: Hashable, Sendable {
    public struct Key: Hashable, Sendable {
        public var outcome: Int
        /// True for the checklist ("Put into practice"), false for the reading document.
        public var checklist: Bool
        public var width: Int
        public var unicode: Bool

        public init(outcome: Int, checklist: Bool, width: Int, unicode: Bool) {
            self.outcome = outcome
            self.checklist = checklist
            self.width = width
            self.unicode = unicode
        }
    }

    public var key: Key
    public var items: [DocItem]
    public var lines: [DocLine]
    /// The first line of each item.
    public var itemStarts: [Int]
    /// The first line of each step (checklist parts only).
    public var stepStarts: [Int]
    /// The parts in the document, in order, with each one's first item and first line.
    public var parts: [Part]
    public var partItemStarts: [Int]
    public var partLineStarts: [Int]
    /// False when only the first parts were wrapped (enough for a first screen); the idle
    /// time after it wraps the rest.
    public var complete: Bool

    /// Columns the check-box area takes before a step's text: `▸ [✓] `.
    public static let stepIndent = 6

    /// One part's items.
    public init(key: Key, items: [DocItem], part: Part = .overview) {
        self.init(key: key, parts: [DocPart(part, title: "", items: items)])
    }

    /// Parts one after another. Each after the first starts with a rule, titled when the part
    /// has no heading of its own (case studies), so the reader sees where a part begins.
    ///
    /// With `filling`, wrapping stops at the first item after a screen of `rows` lines below the
    /// start of `part` (or before case studies, whose councils need the front matter): a quick
    /// first screen, marked incomplete.
    public init(key: Key, parts: [DocPart], filling: (part: Part, rows: Int)? = nil) {
        self.key = key
        let items = parts.flatMap(\.items)
        let glyphs = Glyphs.of(unicode: key.unicode)
        let width = max(1, key.width)
        var lines: [DocLine] = []
        var starts: [Int] = []
        var stepStarts: [Int] = []
        var partItemStarts: [Int] = []
        var count = 0
        for part in parts { partItemStarts.append(count); count += part.items.count }
        var partLineStarts: [Int] = []
        func add(_ ls: [StyledLine], _ item: Int, _ kind: DocLine.Kind = .text) {
            lines += ls.map { DocLine(line: $0, item: item, kind: kind) }
        }
        /// Starts every part whose first item is `i` (an empty part starts where the next does).
        func beginParts(at i: Int) {
            while partLineStarts.count < parts.count, partItemStarts[partLineStarts.count] == i {
                let part = parts[partLineStarts.count]
                let first = partLineStarts.isEmpty
                partLineStarts.append(lines.count)
                guard !first else { continue }
                var title: String? = part.title
                if case .heading = part.items.first { title = nil }
                add([Self.rule(title, width: width, glyphs: glyphs)], min(i, max(0, items.count - 1)))
                add([StyledLine()], min(i, max(0, items.count - 1)))
            }
        }
        var built = items.count
        for (i, item) in items.enumerated() {
            if let filling, let p = partItemStarts.lastIndex(where: { $0 <= i }) {
                let target = parts.firstIndex { $0.part == filling.part }
                let shown = target.map { $0 < partLineStarts.count && lines.count >= partLineStarts[$0] + filling.rows } ?? true
                if shown || (i == partItemStarts[p] && parts[p].part == .caseStudies) {
                    built = i
                    break
                }
            }
            beginParts(at: i)
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
        if built == items.count { beginParts(at: items.count) }
        self.complete = built == items.count
        self.items = Array(items.prefix(built))
        self.parts = parts.prefix(partLineStarts.count).map(\.part)
        partItemStarts = Array(partItemStarts.prefix(partLineStarts.count))
        self.lines = lines
        self.itemStarts = starts
        self.stepStarts = stepStarts
        self.partItemStarts = partItemStarts
        self.partLineStarts = partLineStarts
    }

    /// A full-width rule between parts, with the part's title when it has no heading.
    static func rule(_ title: String?, width: Int, glyphs: Glyphs) -> StyledLine {
        let h = String(glyphs.horizontal)
        guard let title, width > 6 else { return StyledLine(String(repeating: h, count: width), Style(.border)) }
        let shown = Truncate.fit(title, width - 4, ellipsis: glyphs.ellipsis)
        let rest = max(0, width - 4 - DisplayWidth.of(shown))
        return StyledLine([Run(h + h + " ", Style(.border)), Run(shown, Style(.heading, bold: true)),
                           Run(" " + String(repeating: h, count: rest), Style(.border))])
    }

    /// True when the document shows `part` and `rows` lines from its start (or all of it).
    public func covers(_ part: Part, rows: Int) -> Bool {
        guard !complete else { return true }
        guard let start = lineStart(of: part) else { return false }
        return lines.count >= start + rows
    }

    /// The first line of `part`, if the document holds it.
    public func lineStart(of part: Part) -> Int? {
        parts.firstIndex(of: part).map { partLineStarts[$0] }
    }

    /// The part that line `n` belongs to.
    public func part(atLine n: Int) -> Part? {
        guard !parts.isEmpty else { return nil }
        var found = 0
        for (p, start) in partLineStarts.enumerated() where start <= n { found = p }
        return parts[found]
    }

    /// The document's index of item `item` of `part` (as search and the case browser count).
    public func itemIndex(_ item: Int, of part: Part) -> Int? {
        guard let p = parts.firstIndex(of: part) else { return nil }
        let i = partItemStarts[p] + item
        let end = p + 1 < parts.count ? partItemStarts[p + 1] : items.count
        return i < end ? i : nil
    }

    /// The item shown on line `n` (for keeping the reader's place across a re-wrap).
    public func item(atLine n: Int) -> Int? {
        lines.indices.contains(n) ? lines[n].item : nil
    }
}
