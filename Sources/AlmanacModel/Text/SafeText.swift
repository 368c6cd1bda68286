import Foundation

/// Text from people (notes, owners) made safe to show: invisible and control characters become
/// visible `\u{XX}` escapes, so an escape sequence pasted into a note can never clear a terminal,
/// reorder a line or break a document; line breaks are kept (`\r\n` and lone `\r` become `\n`).
///
/// The progress file keeps text exactly as typed; every output path shows it through this.
/// A note that literally contains `\u{1B}` looks the same as an escaped ESC: accepted, because
/// escaping backslashes too would garble every Windows path people paste.
public func displaySafe(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
        pending = scalars.next()
        if scalar == "\r" {
            out.append("\n")
            if pending == "\n" { pending = scalars.next() }
        } else if scalar == "\n" || !needsEscape(scalar) {
            out.append(scalar)
        } else {
            out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
        }
    }
    return String(out)
}

/// C0 and C1 controls (tab included: it misaligns terminal columns), DEL, the bidirectional
/// embeddings, overrides and isolates ("Trojan Source"), line and paragraph separators, and
/// noncharacters (an HTML5 parse error).
private func needsEscape(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    case 0xFDD0...0xFDEF: return true
    default: return s.value & 0xFFFE == 0xFFFE
    }
}
