import AlmanacExport
import AlmanacModel
import ArgumentParser
import Foundation

/// `almanac export`: the progress report a committee reads, in one of four formats, or the due
/// dates as a calendar.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a progress report on the 108 practice steps: Markdown, CSV, HTML or JSON; or the due dates as a calendar (ICS).",
        discussion: """
            Per outcome: each step with its status, owner, due date and notes, after a summary of \
            steps done of those applicable, in progress and overdue. Not-applicable steps leave the counts. \
            --format ics writes each due date as an all-day event (RFC 5545) for Outlook or Google \
            Calendar. Every export of the same progress file on this machine gives each step the same \
            UID, so importing again updates the events instead of adding copies.
            """
    )

    @OptionGroup var content: ContentOptions

    @OptionGroup var progress: ProgressOptions

    // A String, not an enum, so a wrong format exits 2 with our own message.
    @Option(name: .long, help: ArgumentHelp("markdown, csv, html, json or ics (a calendar of due dates).", valueName: "format"))
    var format: String = "markdown"

    @OptionGroup var document: ReportOptions

    @Option(name: .long, help: ArgumentHelp("With --format ics: make the events' UIDs from TEXT instead of this machine and progress file, so exports from several machines (a team's) update the same events.", valueName: "text"))
    var calendarId: String?

    @Flag(help: "For a team: say who last set each field, and what members answered where they differ.") var who = false
    @Option(name: .long, help: ArgumentHelp("Add the movement since this review (see 'almanac review'): a section, and a column per step.", valueName: "review"))
    var since: String?

    func run() throws {
        try reportingProgress {
            let accepted = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            guard let format = ExportFormat(rawValue: format.lowercased()) else {
                throw Failure.usage("unknown format \"\(DisplayText.safe(format))\"; use one of: \(accepted)")
            }
            if calendarId != nil, format != .ics {
                throw Failure.usage("--calendar-id is for the calendar only; add --format ics, or leave out --calendar-id")
            }
            let day = try document.day()
            let (almanac, recorded) = try ReportInputs.load(content, progress)
            var team: TeamView?
            if who {
                let store = try progress.store()
                guard store.team != nil else {
                    throw Failure.usage("--who needs a team: this progress is not shared ('almanac team join FOLDER --name NAME')")
                }
                team = try store.loadWithTeam().view
            }
            let key = format == .ics ? try calendarKey() : ""
            var report = ProgressReport(almanac: almanac, progress: recorded, today: day, generatedAt: Date(), team: team)
            if let since {
                let log = try ReviewCommand.reading(try progress.store())
                guard let review = log.find(since) else {
                    throw Failure.usage(log.reviews.isEmpty ? "--since needs a review; record one with: almanac review start \"2027 Q1\""
                        : "no review called '\(DisplayText.safe(since))'; the reviews are " + log.reviews.map { "'\($0.name)'" }.joined(separator: ", "))
                }
                report.since = ReportSince(name: review.name, day: ReviewCommand.day(review.takenAt),
                                           diff: ReviewDiff(almanac: almanac, from: review, to: recorded))
            }
            let text: String
            do {
                text = try format.render(report, calendarKey: key)
            } catch {
                throw Failure.failed("cannot write the \(format.rawValue) report: \(PlainErrors.message(for: error) ?? "\(error)")")
            }
            if format == .ics { Self.sayWhatTheCalendarLacks(report) }
            try document.emit(text)   // the report has made people's text safe, per format
        }
    }

    /// Names the progress for the calendar's UIDs: `--calendar-id`, else this machine and the
    /// progress file's real path, so the same file always gives the same UIDs and another
    /// council's file (elsewhere, or on another machine) never does.
    private func calendarKey() throws -> String {
        if let calendarId { return "id:" + calendarId }
        let path = try progress.store().path
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let real = realpath(absolute, &resolved) != nil
            ? String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : absolute
        var host = [CChar](repeating: 0, count: 256)
        let name = gethostname(&host, host.count - 1) == 0
            ? String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        return "file:" + name + "\n" + real
    }

    /// An empty calendar imports as nothing, and a due date that is not a date has no day to go
    /// on: both are said on standard error, so the officer knows before importing.
    private static func sayWhatTheCalendarLacks(_ report: ProgressReport) {
        let undatable = report.undatableSteps
        if !undatable.isEmpty {
            Output.error("left out of the calendar: \(undatable.joined(separator: ", ")) (a due date that is not YYYY-MM-DD); "
                         + "fix with 'almanac set ID --due YYYY-MM-DD'")
        }
        if report.calendarEventCount == 0 {
            Output.error("the calendar has no events: no step has a due date; give one with 'almanac set ID --due YYYY-MM-DD'")
        }
    }
}
