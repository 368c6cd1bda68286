/// Makes text typed by users (notes, owners) or read from files safe to print on a terminal.
///
/// Notes are stored exactly as typed, but an escape sequence in a note could recolour, retitle
/// or clear the terminal of whoever runs `almanac status`. Every command prints through this.
public enum DisplayText {
    /// Control characters become visible: C0 and DEL in caret notation (`ESC` → `^[`), C1,
    /// bidirectional overrides, line separators and noncharacters as `\u{…}`. Newlines and tabs
    /// become `\n` and `\t` unless `keepNewlines` (for multi-line note views and reports).
    public static func safe(_ text: String, keepNewlines: Bool = false) -> String {
        if !text.unicodeScalars.contains(where: needsEscape) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar) {
                out.append(scalar)
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
            out.append(contentsOf: replacement.unicodeScalars)
        }
        return String(out)
    }

    private static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        // Bidirectional embeddings, overrides and isolates reorder the text around them.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        // Line and paragraph separators break lines unseen; noncharacters are an HTML5 parse error.
        case 0x2028, 0x2029, 0xFDD0...0xFDEF: return true
        default: return s.value & 0xFFFE == 0xFFFE
        }
    }
}
