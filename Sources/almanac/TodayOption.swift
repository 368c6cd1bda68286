import AlmanacModel

/// `--today DATE`: the day a command takes as today (what is overdue, what `--due +2w` means),
/// so a report or a script can be run as of another day. Default: the user's local day.
enum TodayOption {
    static func day(_ text: String?) throws -> CalendarDay {
        guard let text else { return GuideSession.today() }
        guard let day = CalendarDay(iso: text) else {
            throw Failure.usage("--today \"\(DisplayText.safe(text))\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31")
        }
        return day
    }
}
