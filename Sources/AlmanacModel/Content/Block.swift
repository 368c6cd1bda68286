import Foundation

/// One unit of guidance text, in the almanac's order.
public enum Block: Hashable, Sendable {
    /// A sub-heading inside a section (the text marks no levels deeper than this).
    case heading(String)
    case paragraph(RichText)
    case bullets([RichText])
    case table(Table)
}

/// A table cell: one or more paragraphs (the source's `<p>` blocks, `•` items and merged items).
public typealias Cell = [RichText]

/// A table with an optional header row and the caption that follows it in the source.
public struct Table: Hashable, Sendable, Codable {
    public var header: [String]?
    public var rows: [[Cell]]
    public var caption: RichText?

    public init(header: [String]?, rows: [[Cell]], caption: RichText? = nil) {
        self.header = header
        self.rows = rows
        self.caption = caption
    }

    /// A cell of several short items (the source's merged lists), not paragraphs of prose:
    /// no paragraph ends a sentence. Renderers mark each item so wrapped items stay apart.
    public static func isItemList(_ paragraphs: [String]) -> Bool {
        paragraphs.count > 1 && !paragraphs.contains { p in p.last.map { ".!?:".contains($0) } ?? true }
    }

    /// The number of columns: the widest row.
    public var columnCount: Int {
        max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
    }
}

// JSON: a block is a one-key object naming its kind.
extension Block: Codable {
    private enum Key: String, CodingKey { case heading, paragraph, bullets, table }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        if let s = try c.decodeIfPresent(String.self, forKey: .heading) {
            self = .heading(s)
        } else if let t = try c.decodeIfPresent(RichText.self, forKey: .paragraph) {
            self = .paragraph(t)
        } else if let b = try c.decodeIfPresent([RichText].self, forKey: .bullets) {
            self = .bullets(b)
        } else if let t = try c.decodeIfPresent(Table.self, forKey: .table) {
            self = .table(t)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a block is one of heading, paragraph, bullets, table"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .heading(let s): try c.encode(s, forKey: .heading)
        case .paragraph(let t): try c.encode(t, forKey: .paragraph)
        case .bullets(let b): try c.encode(b, forKey: .bullets)
        case .table(let t): try c.encode(t, forKey: .table)
        }
    }
}
