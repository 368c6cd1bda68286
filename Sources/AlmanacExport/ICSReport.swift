import AlmanacModel
import Foundation

/// The due dates as an RFC 5545 calendar, for Outlook and Google Calendar: one all-day VEVENT
/// per step with a due date (Google ignores VTODOs; see docs/DECISIONS.md). Done steps say so
/// in the summary; not-applicable ones are CANCELLED, so importing again takes them off.
///
/// `calendarKey` names the progress (the command gives this machine and the file's path): UIDs
/// are `<step-id>@<hash of the key>.almanac`, the same on every export of that progress, so a
/// client updates the event it has, and different for another council's file.
enum ICSReport {
    static let productID = "-//almanac//Digitalisation almanac progress report//EN"

    static func render(_ report: ProgressReport, calendarKey: String) -> String {
        var out = ""
        func put(_ name: String, _ value: String) { out += ICSText.line(name + ":" + value) }
        put("BEGIN", "VCALENDAR")
        put("VERSION", "2.0")
        put("PRODID", productID)
        put("CALSCALE", "GREGORIAN")
        put("METHOD", "PUBLISH")
        // Google and Outlook name a calendar imported by subscription from this.
        put("X-WR-CALNAME", ICSText.escape("\(report.title): due dates"))
        let domain = hash(calendarKey) + ".almanac"
        for (outcome, step, day) in report.datedSteps {
            put("BEGIN", "VEVENT")
            put("UID", ICSText.escape("\(step.id)@\(domain)"))
            put("DTSTAMP", ICSText.utc(report.generatedAt))
            put("DTSTART;VALUE=DATE", ICSText.date(day))
            // The day after: DTEND is exclusive. Year 9999's last day has none; one day is the default.
            if let next = day.adding(days: 1) { put("DTEND;VALUE=DATE", ICSText.date(next)) }
            put("SUMMARY", ICSText.escape(summary(step, in: outcome)))
            put("DESCRIPTION", ICSText.escape(description(step, in: outcome)))
            put("CATEGORIES", ICSText.escape(outcome.title))
            put("STATUS", step.status == .notApplicable ? "CANCELLED" : "CONFIRMED")
            // A due date is not a meeting: the day stays free.
            put("TRANSP", "TRANSPARENT")
            if let changed = step.changed {
                put("LAST-MODIFIED", ICSText.utc(changed))
                put("SEQUENCE", String(sequence(changed)))
            }
            put("END", "VEVENT")
        }
        put("END", "VCALENDAR")
        return out
    }

    /// `Data 1.2: <step text>`, after `Done: ` or `Not applicable: ` for those.
    static func summary(_ step: StepRow, in outcome: OutcomeReport) -> String {
        let number = step.id.hasPrefix(outcome.id + ".") ? String(step.id.dropFirst(outcome.id.count + 1)) : step.id
        let prefix: String
        switch step.status {
        case .done: prefix = "Done: "
        case .notApplicable: prefix = "Not applicable: "
        case .notStarted, .inProgress: prefix = ""
        }
        return "\(prefix)\(outcome.title) \(number): \(step.text)"
    }

    /// The step, what was recorded, and where it sits in the almanac. Overdue is left out: it
    /// would be stale in the calendar the day after the export.
    static func description(_ step: StepRow, in outcome: OutcomeReport) -> String {
        var lines = [step.text, "", "Status: " + StatusLabel.text(step.status)]
        if let reason = step.reason { lines.append("Reason: " + reason) }
        if let owner = step.owner { lines.append("Owner: " + owner) }
        if let note = step.note { lines.append("Note: " + note) }
        // Inert text: a calendar client links what it likes, so nothing here is marked up.
        lines += step.evidence.map { "Evidence: " + $0.line }
        // With --who, as the other formats have it.
        if let who = step.who { lines.append("Who: " + who) }
        if let answers = step.answers { lines.append("Answers: " + answers) }
        lines.append("Outcome \(outcome.number): \(outcome.title)")
        lines.append("Theme \(step.themeNumber): \(step.themeTitle)")
        lines.append("Step: " + step.id)
        return lines.joined(separator: "\n")
    }

    /// Seconds from 2020 to the step's last change: rises with every change, so a client that
    /// keeps the higher SEQUENCE takes the newer export; fits a 32-bit integer until 2088.
    static func sequence(_ changed: Date) -> Int {
        max(0, Int(changed.timeIntervalSince1970) - 1_577_836_800)
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and platforms (Swift's `hashValue`
    /// is not), and it keeps the file's path, which names a person, out of a shared calendar.
    static func hash(_ key: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension ProgressReport {
    /// Steps whose due date is a real date, in content order: the calendar's events.
    var datedSteps: [(outcome: OutcomeReport, step: StepRow, day: CalendarDay)] {
        outcomes.flatMap { o in
            o.steps.compactMap { s in s.due.flatMap(CalendarDay.init(iso:)).map { (outcome: o, step: s, day: $0) } }
        }
    }

    /// How many events the calendar holds.
    public var calendarEventCount: Int { datedSteps.count }

    /// Steps with a due date that is not `YYYY-MM-DD` (typed by hand in the file): the calendar
    /// cannot place them and leaves them out.
    public var undatableSteps: [String] {
        outcomes.flatMap { $0.steps.filter { $0.due != nil && CalendarDay(iso: $0.due!) == nil }.map(\.id) }
    }
}
