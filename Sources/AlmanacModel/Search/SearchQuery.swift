/// What the user typed, split into words and quoted phrases, folded for matching.
public struct SearchQuery: Equatable, Sendable {
    /// Each term is a word or a phrase (words in order); a block must contain all terms.
    public let terms: [String]

    /// Nil when the query has nothing to search for.
    public init?(_ text: String) {
        var terms: [String] = []
        var inQuote = false
        var current = ""
        for ch in SearchQuery.fold(text) {
            if ch == "\"" {
                let t = current.split(separator: " ").joined(separator: " ")
                if !t.isEmpty { terms += inQuote ? [t] : t.split(separator: " ").map(String.init) }
                current = ""
                inQuote.toggle()
            } else {
                current.append(ch)
            }
        }
        terms += current.split(separator: " ").map(String.init)
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// Lower case, curly quotes as straight ones, whitespace as single spaces.
    public static func fold(_ text: String) -> String {
        let lower = text.lowercased()
        // Most of the almanac is ASCII without tabs or newlines: nothing more to do.
        if lower.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return lower }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in lower.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": out.unicodeScalars.append("\"")
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
