import Foundation

/// Text for a terminal that shows ASCII only (`LANG=C`): each character it cannot show
/// becomes ASCII that keeps the meaning (– to -, ’ to ', · to |, £ to GBP, é to e) rather
/// than the blank such a terminal would draw.
public enum Transliteration {
    /// `text` in ASCII; text already ASCII is returned as it is.
    public static func ascii(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { out.unicodeScalars.append(scalar) } else { out += of(scalar) }
        }
        return out
    }

    /// One scalar's ASCII: a table for punctuation and symbols, the base letter for accented
    /// Latin letters, nothing for a combining mark (its letter stays), else "?".
    public static func of(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x80 { return String(scalar) }
        if let known = table[scalar.value] { return known }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return "" }
        if scalar.properties.isWhitespace { return " " }
        // é, ø, ŵ: the letters of its decomposition that are ASCII.
        let base = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0.value < 0x80 }
        if !base.isEmpty { return String(String.UnicodeScalarView(base)) }
        return "?"
    }

    /// One column of ASCII for a cell that must stay one column: the first character of `of`
    /// when that is all of it or a repeat ("..."), else "?".
    public static func singleColumn(_ scalar: Unicode.Scalar) -> Character {
        let s = of(scalar)
        guard let first = s.first else { return " " }
        return s.count == 1 || Set(s).count == 1 ? first : "?"
    }

    /// The symbols the almanac, people's notes and the screens use.
    static let table: [UInt32: String] = {
        var t: [UInt32: String] = [:]
        for v: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0x2043, 0xFE63, 0xFF0D] { t[v] = "-" }
        t[0x2014] = "--"; t[0x2015] = "--"
        for v: UInt32 in [0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC] { t[v] = "'" }
        for v: UInt32 in [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB] { t[v] = "\"" }
        t[0x2039] = "<"; t[0x203A] = ">"
        t[0x2026] = "..."
        t[0x00B7] = "|"; t[0x2022] = "*"; t[0x25CF] = "*"; t[0x25E6] = "o"; t[0x2023] = ">"; t[0x25B8] = ">"; t[0x25B6] = ">"
        t[0x00A3] = "GBP"; t[0x20AC] = "EUR"; t[0x00A5] = "JPY"; t[0x00A2] = "c"
        t[0x00A9] = "(c)"; t[0x00AE] = "(R)"; t[0x2122] = "(TM)"; t[0x00B0] = " deg"
        t[0x00D7] = "x"; t[0x00F7] = "/"; t[0x00B1] = "+/-"; t[0x2264] = "<="; t[0x2265] = ">="; t[0x2260] = "!="
        t[0x00BD] = "1/2"; t[0x00BC] = "1/4"; t[0x00BE] = "3/4"
        t[0x2192] = "->"; t[0x2190] = "<-"; t[0x2191] = "^"; t[0x2193] = "v"; t[0x2194] = "<->"; t[0x21D2] = "=>"
        t[0x23CE] = "/"; t[0x21B5] = "/"
        t[0x2713] = "v"; t[0x2714] = "v"; t[0x2717] = "x"; t[0x2718] = "x"
        t[0x00DF] = "ss"; t[0x00C6] = "AE"; t[0x00E6] = "ae"; t[0x0152] = "OE"; t[0x0153] = "oe"
        t[0x00D8] = "O"; t[0x00F8] = "o"; t[0x0141] = "L"; t[0x0142] = "l"; t[0x00D0] = "D"; t[0x00F0] = "d"
        t[0x00DE] = "Th"; t[0x00FE] = "th"; t[0x0131] = "i"
        t[0x00A0] = " "; t[0x202F] = " "; t[0x2009] = " "; t[0x200B] = ""; t[0x00AD] = ""; t[0xFEFF] = ""
        // Box drawing and blocks, for anything drawn outside the screens' own ASCII glyphs.
        for v: UInt32 in 0x2500...0x257F { t[v] = "+" }
        for v: UInt32 in [0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550] { t[v] = "-" }
        for v: UInt32 in [0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551] { t[v] = "|" }
        for v: UInt32 in 0x2580...0x259F { t[v] = "#" }
        t[0x2591] = "."; t[0x2592] = ":"
        return t
    }()

    /// JSON text with every character outside ASCII made ASCII as `of` does, escaped for JSON
    /// (a " becomes \"): JSON's own syntax is ASCII, so only the insides of strings change.
    public static func asciiJSON(_ data: Data) -> Data {
        guard data.contains(where: { $0 >= 0x80 }) else { return data }
        var out = Data()
        out.reserveCapacity(data.count)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
            for c in of(scalar).utf8 {
                if c == 0x22 || c == 0x5C { out.append(0x5C) }
                out.append(c)
            }
        }
        return out
    }
}
