import AlmanacExport
import AlmanacModel
import ArgumentParser
import Foundation

/// `almanac export`: the progress report a committee reads, in one of four formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a progress report on the 108 practice steps: Markdown, CSV, HTML or JSON.",
        discussion: """
            Per outcome: each step with its status, owner, due date and notes, after a summary of \
            steps done of those applicable, in progress and overdue. Not-applicable steps leave the counts.
            """
    )

    @OptionGroup var content: ContentOptions

    @OptionGroup var progress: ProgressOptions

    // A String, not an enum, so a wrong format exits 2 with our own message.
    @Option(name: .long, help: ArgumentHelp("markdown, csv, html or json.", valueName: "format"))
    var format: String = "markdown"

    @Option(name: .long, help: ArgumentHelp("Write the report to FILE (replaced whole; a link's target is replaced) instead of standard output (-). Devices, pipes and folders are refused.", valueName: "file"))
    var output: String?

    @Flag(help: "For a team: say who last set each field, and what members answered where they differ.") var who = false
    @Option(name: .long, help: ArgumentHelp("Count steps due before DATE (YYYY-MM-DD) as overdue; default today.", valueName: "date"))
    var today: String?

    func run() throws {
        try reportingProgress {
            let accepted = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            guard let format = ExportFormat(rawValue: format.lowercased()) else {
                throw Failure.usage("unknown format \"\(DisplayText.safe(format))\"; use one of: \(accepted)")
            }
            let day = try TodayOption.day(today)
            let (almanac, recorded) = try ReportInputs.load(content, progress)
            var team: TeamView?
            if who {
                let store = try progress.store()
                guard store.team != nil else {
                    throw Failure.usage("--who needs a team: this progress is not shared ('almanac team join FOLDER --name NAME')")
                }
                team = try store.loadWithTeam().view
            }
            let report = ProgressReport(almanac: almanac, progress: recorded, today: day, generatedAt: Date(), team: team)
            let text: String
            do {
                text = try format.render(report)
            } catch {
                throw Failure.failed("cannot write the \(format.rawValue) report: \(PlainErrors.message(for: error) ?? "\(error)")")
            }
            try ReportFile.emit(text, to: output)
        }
    }
}
