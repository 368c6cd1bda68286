import Foundation

/// The local time zone as a fixed offset from UTC, from localtime_r.
///
/// `TimeZone.current` reads and parses the zone database (1.5 million instructions, the
/// largest single cost of present's first slide). The slides need only the offset for the
/// session's date and the footer's clock; a session that runs across a clock change keeps
/// the offset it started with.
enum LocalZone {
    static func now(_ at: time_t = time(nil)) -> TimeZone {
        TimeZone(secondsFromGMT: Int(parts(at).tm_gmtoff)) ?? .gmt
    }

    /// The local calendar fields at `at`: the one place the executable asks the C library.
    static func parts(_ at: time_t) -> tm {
        var t = at
        var parts = tm()
        localtime_r(&t, &parts)
        return parts
    }
}
