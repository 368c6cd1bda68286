import Foundation

/// Turns what a user types for an outcome (`data`, `3`, `secur`) into an outcome.
public struct OutcomeResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        case found(ContentIndex.Entry)
        /// Nothing matched; a message saying what would work.
        case notFound(String)
    }

    public let outcomes: [ContentIndex.Entry]

    public init(_ index: ContentIndex) { self.outcomes = index.outcomes }

    /// An id, a number 1-12, or an unambiguous case-insensitive prefix of the title or id.
    public func resolve(_ input: String) -> Resolution {
        let key = input.trimmingCharacters(in: .whitespaces).lowercased()
        if key.isEmpty { return .notFound("no outcome given; \(hint)") }
        if let n = Int(key) {
            if let o = outcomes.first(where: { $0.number == n }) { return .found(o) }
            return .notFound("there is no outcome \(n); outcomes are numbered 1-\(outcomes.count)")
        }
        if let o = outcomes.first(where: { $0.id == key || $0.title.lowercased() == key }) { return .found(o) }
        let matches = outcomes.filter { $0.title.lowercased().hasPrefix(key) || $0.id.hasPrefix(key) }
        switch matches.count {
        case 1: return .found(matches[0])
        case 0: return .notFound("unknown outcome '\(input)'; \(hint)")
        default:
            return .notFound("'\(input)' could be \(matches.map(\.id).joined(separator: " or ")); type more of the name")
        }
    }

    private var hint: String {
        "use a number 1-\(outcomes.count) or an id: " + outcomes.map(\.id).joined(separator: ", ")
    }
}
