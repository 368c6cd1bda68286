import Foundation

/// ISO 8601 timestamps and calendar dates for progress files, without a date formatter.
///
/// Written as `2026-11-25T08:52:08.123Z` (UTC, milliseconds, so two edits in one second still
/// order). Read with or without fractions and with `Z` or a `+hh:mm` offset. Hand-written because
/// `ISO8601DateFormatter` costs microseconds per date, which a 10,000-step file cannot afford.
public enum Timestamp {
    /// `2026-11-25T08:52:08.123Z`.
    public static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `format`'s bytes, appended: for writing a file, where a string per time costs too much.
    static func append(_ date: Date, to out: inout [UInt8]) {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let millis = Int(ms - seconds * 1000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secOfDay = Int(seconds - days * 86_400)
        let (y, m, d) = civil(fromDays: days)
        func digits(_ value: Int, _ width: Int) {
            if value < 0 || value >= [1, 10, 100, 1000, 10000][width] {
                out += Array(pad(value, width).utf8)   // outside 0000-9999: as the text form has it
                return
            }
            var div = [1, 10, 100, 1000][width - 1]
            while div > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / div % 10))
                div /= 10
            }
        }
        digits(y, 4); out.append(UInt8(ascii: "-")); digits(m, 2); out.append(UInt8(ascii: "-")); digits(d, 2)
        out.append(UInt8(ascii: "T")); digits(secOfDay / 3600, 2); out.append(UInt8(ascii: ":"))
        digits(secOfDay / 60 % 60, 2); out.append(UInt8(ascii: ":")); digits(secOfDay % 60, 2)
        out.append(UInt8(ascii: ".")); digits(millis, 3); out.append(UInt8(ascii: "Z"))
    }

    /// The date as a file holds it: to the millisecond.
    public static func rounded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    /// A compact form for file names (no colons): `20261125T085208.123Z`.
    public static func fileStamp(_ date: Date) -> String {
        format(date).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`, or nil.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x74,
              b[13] == 0x3A, b[16] == 0x3A,
              let y = digits(b, 0, 4), let mo = digits(b, 5, 2), let d = digits(b, 8, 2),
              let h = digits(b, 11, 2), let mi = digits(b, 14, 2), let s = digits(b, 17, 2),
              CalendarDay(year: y, month: mo, day: d) != nil, h < 24, mi < 60, s < 61 else { return nil }
        var i = 19
        var fraction = 0.0
        if b[i] == 0x2E {
            i += 1
            // Whole digits first, one division at the end: summing tenths drifts.
            var digitsValue: Int64 = 0, scale: Int64 = 1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                if scale < 1_000_000_000 {
                    digitsValue = digitsValue * 10 + Int64(b[i] - 0x30)
                    scale *= 10
                }
                i += 1
            }
            if i == start { return nil }
            fraction = Double(digitsValue) / Double(scale)
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            guard b.count - i == 6, b[i + 3] == 0x3A, let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2),
                  oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == 0x2B ? 1 : -1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let seconds = days(year: y, month: mo, day: d) * 86_400 + Int64(h * 3600 + mi * 60 + s - offset)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// True for a real calendar date written `YYYY-MM-DD`.
    public static func isCalendarDate(_ text: String) -> Bool { CalendarDay(iso: text) != nil }

    /// Today's calendar date in the given time zone, `YYYY-MM-DD`.
    public static func calendarDate(_ date: Date, timeZone: TimeZone = .current) -> String {
        let local = date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date)))
        return String(format(local).prefix(10))
    }

    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ count: Int) -> Int? {
        var value = 0
        for i in at..<(at + count) {
            let c = b[i]
            guard c >= 0x30, c <= 0x39 else { return nil }
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    // Howard Hinnant's days-from-civil and its inverse (proleptic Gregorian calendar).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}
