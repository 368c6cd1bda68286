import Foundation

enum ReportTimestamp {
    /// `2026-11-25T10:00:00Z`: the generated-at time in every format.
    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
