import AlmanacModel

/// Checking due dates typed as `YYYY-MM-DD`.
public enum DueDate {
    /// Nil if `text` is a real calendar date in `YYYY-MM-DD` form (the model's one check), else
    /// a message saying what to type.
    public static func problem(_ text: String) -> String? {
        if ProgressInput.isDueDate(text) { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let m = Int(parts[1]) else { return "Due date must be YYYY-MM-DD, e.g. 2026-03-31" }
        guard (1...12).contains(m) else { return "Due date \(text) has no month \(m); use YYYY-MM-DD" }
        return "Due date \(text) is not a day of that month; use YYYY-MM-DD"
    }
}
