/// A presentation timer's length as people type it: `45m`, `1h`, `1h30m`, `90` (minutes) or
/// `30s`; between 1 second and 12 hours.
public enum CountdownLength {
    public static let longest = 12 * 3600

    /// Seconds, or a message saying what to type.
    public static func parse(_ text: String) -> Result<Int, Message> {
        let t = text.lowercased().filter { $0 != " " }
        if let minutes = Int(t) { return checked(minutes * 60, text) }
        var total = 0, digits = "", seen = false
        for c in t {
            if c.isASCII, c.isNumber { digits.append(c); continue }
            guard let n = Int(digits), let unit = ["h": 3600, "m": 60, "s": 1][c] else { return .failure(bad(text)) }
            total += n * unit
            digits = ""
            seen = true
            if total > longest { return .failure(bad(text)) }
        }
        guard seen, digits.isEmpty else { return .failure(bad(text)) }
        return checked(total, text)
    }

    public struct Message: Error, Equatable, Sendable { public var text: String }

    static func checked(_ seconds: Int, _ text: String) -> Result<Int, Message> {
        (1...longest).contains(seconds) ? .success(seconds) : .failure(bad(text))
    }

    static func bad(_ text: String) -> Message {
        Message(text: "'\(text)' is not a time for the timer; write it as 45m, 1h, 1h30m or 90 (minutes), up to 12h")
    }
}
