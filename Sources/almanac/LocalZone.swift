import Foundation

/// The local time zone's offset from UTC, from localtime_r.
///
/// `TimeZone.current` reads and parses the zone database (1.5 million instructions, the
/// largest single cost of present's first slide), and even `TimeZone(secondsFromGMT:)` sets up
/// Foundation's zone cache. The slides need only the offset; asked at each moment, so a clock
/// change during a session moves the footer's clock with it.
enum LocalZone {
    /// Seconds east of UTC at `date`.
    static func offset(at date: Date) -> Int {
        Int(parts(time_t(date.timeIntervalSince1970.rounded(.down))).tm_gmtoff)
    }

    /// The local calendar fields at `at`: the one place the executable asks the C library.
    static func parts(_ at: time_t) -> tm {
        var t = at
        var parts = tm()
        localtime_r(&t, &parts)
        return parts
    }
}
