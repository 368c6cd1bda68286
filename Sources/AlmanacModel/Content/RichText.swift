import Foundation

/// A run of text inside a paragraph, bullet or cell.
///
/// The almanac's links lost their targets (`[name](#)`), so a link survives only as the
/// name of a resource, which the front end underlines.
public enum Span: Hashable, Sendable {
    case text(String)
    case resource(String)
    case strong(String)

    public var text: String {
        switch self {
        case .text(let s), .resource(let s), .strong(let s): return s
        }
    }
}

/// Text with inline styling: a list of spans.
public struct RichText: Hashable, Sendable {
    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(plain: String) { self.spans = [.text(plain)] }

    /// The text without styling.
    public var plain: String { spans.map(\.text).joinedText() }

    /// The names of the resources (former links) in this text, in order.
    public var resources: [String] {
        spans.compactMap { if case .resource(let name) = $0 { return name } else { return nil } }
    }
}

// JSON: a plain span is a string, a styled one a one-key object, so the file stays readable.
extension Span: Codable {
    private enum Key: String, CodingKey { case resource, strong }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let s = try? single.decode(String.self) {
            self = .text(s)
            return
        }
        let c = try decoder.container(keyedBy: Key.self)
        if let s = try c.decodeIfPresent(String.self, forKey: .resource) {
            self = .resource(s)
        } else if let s = try c.decodeIfPresent(String.self, forKey: .strong) {
            self = .strong(s)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a span is a string, {\"resource\": …} or {\"strong\": …}"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .text(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .resource(let s):
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(s, forKey: .resource)
        case .strong(let s):
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(s, forKey: .strong)
        }
    }
}

extension RichText: Codable {
    public init(from decoder: Decoder) throws {
        spans = try decoder.singleValueContainer().decode([Span].self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(spans)
    }
}
