/// Makes text typed by users (notes, owners) or read from files safe to print on a terminal.
///
/// Notes are stored exactly as typed, but an escape sequence in a note could recolour, retitle
/// or clear the terminal of whoever runs `almanac status`. Every command prints through this.
public enum DisplayText {
    /// Control characters become visible: C0 and DEL in caret notation (`ESC` → `^[`), C1,
    /// invisible format characters (bidirectional marks and overrides, zero-width characters),
    /// line separators and noncharacters as `\u{…}`. Newlines and tabs
    /// become `\n` and `\t` unless `keepNewlines` (for multi-line note views and reports).
    public static func safe(_ text: String, keepNewlines: Bool = false) -> String {
        if !text.unicodeScalars.contains(where: needsEscape) { return text }
        // Built as UTF-8 bytes: appending scalar by scalar to a String copies it as it grows,
        // which made a 1 MB note take seconds.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar) {
                UTF8.encode(scalar) { out.append($0) }
                continue
            }
            let replacement: String
            switch scalar.value {
            case 0x0A: replacement = keepNewlines ? "\n" : "\\n"
            case 0x09: replacement = keepNewlines ? "\t" : "\\t"
            case 0x0D: replacement = "\\r"
            case 0x00..<0x20: replacement = "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: replacement = "^?"
            default: replacement = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: replacement.utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// JSON text with every character `safe` would show escaped as `\uXXXX` instead, so JSON
    /// printed to a terminal is inert and still means the same. (`JSONEncoder` escapes C0
    /// controls itself but passes C1 controls and format characters through.) Line breaks
    /// between tokens stay.
    public static func json(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: { $0.value != 0x0A && needsEscape($0) }) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard scalar.value != 0x0A, needsEscape(scalar) else { UTF8.encode(scalar) { out.append($0) }; continue }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True for what must not reach a terminal as it is.
    public static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return false }
        switch v {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        // Line and paragraph separators break lines unseen; noncharacters are an HTML5 parse error.
        case 0x2028, 0x2029, 0xFDD0...0xFDEF: return true
        case _ where v & 0xFFFE == 0xFFFE: return true
        case 0xA0..<0xAD: return false
        // Invisible format characters: bidirectional marks, embeddings, overrides and isolates
        // (which reorder the text around them), zero-width spaces and joiners, the byte order
        // mark, soft hyphens, tags: all of Unicode's format category.
        default: return s.properties.generalCategory == .format
        }
    }
}
