/// A calendar date without a time or zone, as due dates are written: `YYYY-MM-DD`.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real date, or nil (`2026-02-30` is not one).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (a typo in a due date) is nil. Bytewise, as
    /// progress files check every due date they hold.
    public init?(iso text: String) {
        var text = text
        guard let (y, m, d) = text.withUTF8({ b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
                  let y = Timestamp.digits(b, 0, 4), let m = Timestamp.digits(b, 5, 2),
                  let d = Timestamp.digits(b, 8, 2) else { return nil }
            return (y, m, d)
        }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        "\(Timestamp.pad(year, 4))-\(Timestamp.pad(month, 2))-\(Timestamp.pad(day, 2))"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    // MARK: Arithmetic, for due dates typed as +3d, eom, friday

    /// 1 for Monday through 7 for Sunday (ISO 8601).
    public var weekday: Int {
        // Day 0, 1970-01-01, was a Thursday (4).
        let d = Timestamp.days(year: year, month: month, day: day)
        return Int(((d % 7 + 7) % 7 + 3) % 7) + 1
    }

    /// The day `n` days on (back, if negative); nil past year 9999 or before year 1.
    public func adding(days n: Int) -> CalendarDay? {
        let (y, m, d) = Timestamp.civil(fromDays: Timestamp.days(year: year, month: month, day: day) + Int64(n))
        return CalendarDay(year: y, month: m, day: d)
    }

    /// The same day `n` months on, or that month's last day if it is shorter (Jan 31 + 1 month
    /// is Feb 28 or 29); nil past year 9999.
    public func adding(months n: Int) -> CalendarDay? {
        let total = (year * 12 + month - 1) + n
        let (y, m) = (total / 12, total % 12 + 1)
        guard total >= 0, (1...9999).contains(y) else { return nil }
        return CalendarDay(year: y, month: m, day: min(day, Self.daysIn(month: m, year: y)))
    }

    /// The last day of this day's month.
    public var endOfMonth: CalendarDay {
        CalendarDay(year: year, month: month, day: Self.daysIn(month: month, year: year))!
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
