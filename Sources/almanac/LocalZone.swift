import Foundation

/// The local time zone as a fixed offset from UTC, from localtime_r.
///
/// `TimeZone.current` reads and parses the zone database (1.5 million instructions, the
/// largest single cost of present's first slide). The slides need only the offset for the
/// session's date and the footer's clock; a session that runs across a clock change keeps
/// the offset it started with.
enum LocalZone {
    static func now(_ at: time_t = time(nil)) -> TimeZone {
        var t = at
        var parts = tm()
        localtime_r(&t, &parts)
        return TimeZone(secondsFromGMT: Int(parts.tm_gmtoff)) ?? .gmt
    }
}
