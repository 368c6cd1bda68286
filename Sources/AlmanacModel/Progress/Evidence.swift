import Foundation

/// A link or reference that shows a step is done: a URL, a file path or a document's name,
/// with an optional label. Stored exactly as typed, like a note; shown through `DisplayText`.
public struct Evidence: Hashable, Sendable {
    public var text: String
    public var label: String?

    public init(_ text: String, label: String? = nil) {
        self.text = text
        self.label = label.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What the text names, for the CSV and JSON reports' `kind`.
    public enum Kind: String, Sendable { case url, path = "file", document }

    public var kind: Kind {
        if link != nil || Self.schemeEnd(text) != nil { return .url }
        let t = text
        if t.hasPrefix("/") || t.hasPrefix("~/") || t.hasPrefix("./") || t.hasPrefix("../") || t.hasPrefix("\\\\")
            || (!t.contains("://") && (t.contains("/") || t.contains("\\"))) { return .path }
        return .document
    }

    /// The text as a link target, only for `http:`, `https:` and `mailto:` URLs with nothing a
    /// browser or terminal could be tricked by (no spaces, controls, bidi or format characters,
    /// quotes or angle brackets); nil for everything else, which stays inert text.
    public var link: String? {
        let t = text
        guard let end = Self.schemeEnd(t) else { return nil }
        let scheme = t[..<end].lowercased()
        let rest = t[t.index(after: end)...]
        switch scheme {
        case "http", "https":
            guard rest.hasPrefix("//"), rest.count > 2, rest.dropFirst(2).first != "/" else { return nil }
        case "mailto":
            guard rest.contains("@"), !rest.hasPrefix("/") else { return nil }
        default: return nil
        }
        let safe = t.unicodeScalars.allSatisfy { s in
            s.value > 0x20 && s.value != 0x7F && !DisplayText.needsEscape(s) && !"\"'<>`\\".unicodeScalars.contains(s)
                && !s.properties.isWhitespace
        }
        return safe ? t : nil
    }

    /// The index of the `:` ending a URL scheme (letters, then letters, digits, `+-.`), if any.
    static func schemeEnd(_ t: String) -> String.Index? {
        guard let colon = t.firstIndex(of: ":"), colon != t.startIndex else { return nil }
        let scheme = t[..<colon]
        guard scheme.first!.isASCII, scheme.first!.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        // `C:\Reports` is a Windows path, not a scheme.
        if scheme.count == 1 { return nil }
        return colon
    }

    /// `label: text`, or the text alone: the one-line form for plain text and messages.
    public var line: String { label.map { "\($0): \(text)" } ?? text }
}
