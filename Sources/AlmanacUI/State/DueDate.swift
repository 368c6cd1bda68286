/// Checking due dates typed as `YYYY-MM-DD`.
public enum DueDate {
    /// Nil if `text` is a real calendar date in `YYYY-MM-DD` form, else a message saying what to type.
    public static func problem(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let usage = "Due date must be YYYY-MM-DD, e.g. 2026-03-31"
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return usage }
        guard (1...12).contains(m) else { return "Due date \(text) has no month \(m); use YYYY-MM-DD" }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return "Due date \(text) is not a day of that month; use YYYY-MM-DD" }
        return nil
    }

    /// True when `due` is before `today` (both `YYYY-MM-DD`, which sort as text).
    public static func isOverdue(_ due: String, today: String) -> Bool {
        problem(due) == nil && due < today
    }
}
