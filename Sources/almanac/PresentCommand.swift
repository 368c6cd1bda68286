import AlmanacExport
import AlmanacModel
import AlmanacStorage
import AlmanacTerminal
import AlmanacUI
import ArgumentParser
import Foundation

struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Project the almanac to a room, driven by a clicker.",
        discussion: """
        Space, Right, PgDn or Enter: next. Left, PgUp or Backspace: back. b or .: blank the screen. \
        o: overview. Tab: tick mode, to record the room's decisions (u undoes a tick, Ctrl-R redoes). g then a number: go to an outcome. \
        t: clock or elapsed time. ?: all keys. q: quit (F5 and Esc never quit). \
        For notes and times on your laptop, run 'almanac present --presenter' in a second terminal: \
        it follows this one, and either can drive. \
        The deck opens on a title slide and ends on the room's decisions; \
        'almanac present --summary' prints those decisions afterwards, to send round.
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "Present only this outcome: an id, a number 1-12, or the start of its title.") var outcome: String?
    @Flag(help: "The presenter view: the current slide small, the next slide, notes, elapsed time and the clock.")
    var presenter = false
    @Option(help: ArgumentHelp("Colours: high-contrast (the default here), default or mono.", valueName: "theme"))
    var theme: String?
    @OptionGroup var backgroundOption: BackgroundOption
    @Option(help: ArgumentHelp("Who the session is for, shown on the title slide (default: the profile's name).", valueName: "name"))
    var council: String?
    @Flag(help: "Print the decisions of the last presentation with this progress (steps changed, before and after), then stop.")
    var summary = false
    @Option(help: ArgumentHelp("The summary's format: markdown or html.", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("The facilitator's notes: Markdown, one heading per slide id (default: beside the progress file, PROGRESS.notes.md).", valueName: "file"))
    var notes: String?
    @Option(help: ArgumentHelp("Start a countdown of this long, e.g. 45m or 1h30m; T in either terminal starts or stops one.", valueName: "time"))
    var timer: String?

    var launch: PresentLaunch {
        PresentLaunch(content: content.content, progress: progress.progress, profile: progress.profile,
                      background: backgroundOption.background, outcome: outcome, presenter: presenter, theme: theme,
                      council: council, notes: notes, timer: timer)
    }

    func run() throws {
        if summary { return try printSummary() }
        if format != nil { throw Failure.usage("--format is for --summary; add --summary, or leave --format out") }
        var signal: Int32?
        try reportingProgress { signal = try launch.run() }
        if let signal { throw ExitCode(128 + signal) }
    }
}

extension PresentCommand {
    /// `--summary`: the decisions of the session recorded beside the progress file.
    func printSummary() throws {
        let chosen = try format.map { f -> SessionSummary.Format in
            guard let known = SessionSummary.Format(rawValue: f.lowercased()) else {
                throw Failure.usage("unknown summary format '\(DisplayText.safe(f))'; use markdown or html")
            }
            return known
        } ?? .markdown
        try reportingProgress {
            let almanac = try content.open().almanac()
            let store = try progress.store()
            let sessionFile = PresentSessionFile(besideProgress: store.path)
            guard let session = sessionFile.read() else {
                throw Failure.failed("no presentation has been given with \(ProgressText.path(store.path)) (no \(ProgressText.path(sessionFile.path))); "
                                     + "run almanac present with the same --progress or --profile first")
            }
            let decisions = SessionDecisions.list(almanac: almanac, scope: session.scope, before: session.before ?? [:],
                                                  progress: try store.load(), since: session.startedAt)
            let who = council ?? progress.profile ?? Settings.value("profile")
            let title = almanac.index.title + (who.map { ": " + $0 } ?? "")
            let text = SessionSummary.render(decisions, title: title, day: PresentApp.day(session.startedAt, utcOffset: LocalZone.offset(at: session.startedAt)), format: chosen)
            Output.write(DisplayText.safe(text, keepNewlines: true))
        }
    }
}

