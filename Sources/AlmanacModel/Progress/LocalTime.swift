import Foundation

/// A moment as a wall clock shows it, `utcOffset` seconds east of UTC: plain arithmetic, so
/// the slides' date and clock need no `Calendar` or `TimeZone` (making either cost present's
/// first slide half a million instructions: the zone cache and the calendar's set-up).
public struct LocalTime: Hashable, Sendable {
    public let day: CalendarDay
    public let hour: Int
    public let minute: Int

    public init(_ date: Date, utcOffset: Int) {
        let seconds = Int64((date.timeIntervalSince1970).rounded(.down)) + Int64(utcOffset)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (y, m, d) = Timestamp.civil(fromDays: days)
        let inDay = Int(seconds - days * 86_400)
        // Dates outside years 1-9999 have no CalendarDay; clamp, as no clock shows them.
        day = CalendarDay(year: y, month: m, day: d)
            ?? (y < 1 ? CalendarDay(year: 1, month: 1, day: 1)! : CalendarDay(year: 9999, month: 12, day: 31)!)
        hour = inDay / 3600
        minute = inDay / 60 % 60
    }

    /// `14:05`.
    public var clock: String { Timestamp.pad(hour, 2) + ":" + Timestamp.pad(minute, 2) }
}
