import AlmanacModel
import Foundation

/// RFC 5545's text rules, by hand: the format is small, and no iCalendar library is among the
/// packages the project may use.
enum ICSText {
    /// A TEXT value (3.3.11): backslash, semicolon, comma and line break escaped. Anything else
    /// that must not reach a reader raw (a report's text is already safe) is made visible again,
    /// since a raw line break would start a property of the note's choosing.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in DisplayText.safe(text, keepNewlines: true).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded (3.1): no physical line over 75 octets, each continuation
    /// starting with a space, never inside a UTF-8 sequence; CRLF after every line.
    static func line(_ text: String) -> String {
        var out = ""
        var octets = 0
        for scalar in text.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }

    /// `20261125T103000Z`: a UTC DATE-TIME (form 2).
    static func utc(_ date: Date) -> String {
        ReportTimestamp.iso(date).filter { $0 != "-" && $0 != ":" }
    }

    /// `20270331`: a DATE.
    static func date(_ day: CalendarDay) -> String {
        day.description.filter { $0 != "-" }
    }
}
