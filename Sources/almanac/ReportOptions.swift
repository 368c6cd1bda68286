import AlmanacModel
import ArgumentParser

/// `--output` and `--today`, for the commands that write a document about the progress
/// (`export`, `plan`): one declaration, so their help and their checks cannot drift apart.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Write to FILE (replaced whole; a link's target is replaced) instead of standard output (-). Devices, pipes and folders are refused.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Count steps due before DATE (YYYY-MM-DD) as overdue; default today.", valueName: "date"))
    var today: String?

    /// The day taken as today, or a usage error naming the bad date.
    func day() throws -> CalendarDay { try TodayOption.day(today) }

    /// The finished document to `--output`, or standard output.
    func emit(_ text: String) throws { try ReportFile.emit(text, to: output) }
}
