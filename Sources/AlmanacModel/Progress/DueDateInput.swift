import Foundation

/// A due date as people type it: `2026-03-31`, or a day counted from today (`tomorrow`, `+2w`,
/// `eom`, `friday`). The one checker for the command line, the line mode and the guide's editor;
/// "today" is always given, so the answer never depends on the clock.
public enum DueDateInput {
    /// What may be typed, for hints and messages.
    public static let forms = "YYYY-MM-DD, today, tomorrow, +3d, +2w, +1m, eow, eom or a weekday"

    /// Why typed text is not a due date, in a sentence that says what to type.
    public struct Problem: Error, Equatable, Sendable {
        public let message: String
    }

    /// The largest count in `+Nd`, `+Nw`, `+Nm` or `+Ny`.
    public static let largestCount = 999

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The day `text` means (trimmed, any case) when today is `today`.
    ///
    /// - `today`, `tomorrow`; `+3d`, `+2w`, `+1m`, `+1y` (the plus may be left out; `+0d` is
    ///   today); a month or year on from the 31st (or Feb 29) is the shorter month's last day.
    /// - `eow`: this working week's Friday, today on a Friday; on Saturday or Sunday, the next
    ///   Friday (docs/DECISIONS.md). `eom`: this month's last day.
    /// - `monday` … `sunday` or `mon` … `sun`: the next such day after today, so `friday` on a
    ///   Friday is a week on.
    public static func day(_ text: String, today: CalendarDay) -> Result<CalendarDay, Problem> {
        let typed = text.trimmingCharacters(in: .whitespaces)
        let key = typed.lowercased()
        let shown = DisplayText.safe(typed)
        if let day = CalendarDay(iso: key) { return .success(day) }
        if let problem = writtenDateProblem(typed) { return .failure(Problem(message: problem)) }
        switch key {
        case "": return .failure(Problem(message: "No due date given; type \(forms)"))
        case "today": return .success(today)
        case "tomorrow": return found(today.adding(days: 1), shown)
        case "eom": return .success(today.endOfMonth)
        case "eow": return found(today.adding(days: (5 - today.weekday + 7) % 7), shown)
        default: break
        }
        if let w = weekdays.firstIndex(where: { $0 == key || $0.prefix(3) == key }) {
            // Strictly after today: 1 to 7 days on.
            return found(today.adding(days: (w + 1 - today.weekday + 6) % 7 + 1), shown)
        }
        return counted(key, shown, today: today)
    }

    /// The day as `YYYY-MM-DD`, or the message.
    public static func iso(_ text: String, today: CalendarDay) -> Result<String, Problem> {
        day(text, today: today).map(\.description)
    }

    /// The day `text` stands for when it is counted from today (`+2w`, not `2026-12-15`), so a
    /// screen can show the date before it is saved; nil for a written date or a bad one.
    public static func relative(_ text: String, today: CalendarDay) -> CalendarDay? {
        guard CalendarDay(iso: text.trimmingCharacters(in: .whitespaces)) == nil,
              case .success(let day) = day(text, today: today) else { return nil }
        return day
    }

    /// `Tue`, for showing a resolved date beside what was typed.
    public static func weekdayName(_ day: CalendarDay) -> String {
        weekdays[day.weekday - 1].prefix(3).capitalized
    }

    /// `+3d` and the like: a count (`+` optional) and a unit.
    private static func counted(_ key: String, _ shown: String, today: CalendarDay) -> Result<CalendarDay, Problem> {
        var body = Substring(key)
        let past = body.hasPrefix("-")
        if body.hasPrefix("+") || past { body = body.dropFirst() }
        guard let unit = body.last, "dwmy".contains(unit), body.count >= 2,
              body.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(Problem(message: "Due date '\(shown)' is not a date; type \(forms)"))
        }
        if past {
            return .failure(Problem(message: "Due date '\(shown)' is in the past; count forward from today, e.g. +3d"))
        }
        guard body.count <= 4, let n = Int(body.dropLast()), n <= largestCount else {
            return .failure(Problem(message: "Due date '\(shown)' is too far ahead; count up to \(largestCount), e.g. +3d, +2w, +1m or +1y"))
        }
        switch unit {
        case "d": return found(today.adding(days: n), shown)
        case "w": return found(today.adding(days: 7 * n), shown)
        case "m": return found(today.adding(months: n), shown)
        default: return found(today.adding(months: 12 * n), shown)
        }
    }

    /// A day past year 9999 is refused rather than wrapped.
    private static func found(_ day: CalendarDay?, _ shown: String) -> Result<CalendarDay, Problem> {
        guard let day else { return .failure(Problem(message: "Due date '\(shown)' is past the year 9999; type an earlier date")) }
        return .success(day)
    }

    /// For text shaped `NNNN-NN-NN` that is no date: which part is wrong. For a day written
    /// the British way, `31/12/2026`: the same day as it must be typed.
    private static func writtenDateProblem(_ text: String) -> String? {
        func digits(_ s: Substring) -> Bool { s.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        let british = text.split(separator: "/", omittingEmptySubsequences: false)
        if british.count == 3, british[2].count == 4, british.allSatisfy({ (1...4).contains($0.count) && digits($0) }),
           let d = Int(british[0]), let m = Int(british[1]), let y = Int(british[2]),
           let day = CalendarDay(year: y, month: m, day: d) {
            return "Due date \(text) must be written YYYY-MM-DD: type \(day)"
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy(digits),
              let m = Int(parts[1]), CalendarDay(iso: text) == nil else { return nil }
        guard (1...12).contains(m) else { return "Due date \(text) has no month \(m); use YYYY-MM-DD" }
        return "Due date \(text) is not a day of that month; use YYYY-MM-DD"
    }
}
