import Foundation
import AlmanacModel

/// The footer's clock and elapsed time, as text; time comes in as values, never read here.
public enum SlideClock {
    /// `14:05`, `utcOffset` seconds east of UTC.
    public static func clock(_ now: Date, utcOffset: Int) -> String {
        LocalTime(now, utcOffset: utcOffset).clock
    }

    /// `0:12:05` since `start`.
    public static func elapsed(from start: Date, to now: Date) -> String {
        let s = max(0, Int(now.timeIntervalSince(start)))
        return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }

    /// `32:10` left, or `-1:05` over; hours when there are some (`1:05:00`).
    public static func countdown(_ seconds: Int) -> String {
        let s = abs(seconds)
        let body = s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
        return seconds < 0 ? "-" + body : body
    }

    /// `45 minutes`, `1 hour 30 minutes`, for messages.
    public static func duration(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        var parts: [String] = []
        if h > 0 { parts.append(h == 1 ? "1 hour" : "\(h) hours") }
        if m > 0 { parts.append(m == 1 ? "1 minute" : "\(m) minutes") }
        if s > 0 || parts.isEmpty { parts.append(s == 1 ? "1 second" : "\(s) seconds") }
        return parts.joined(separator: " ")
    }
}
