import AlmanacModel
import AlmanacStorage
import AlmanacTerminal
import AlmanacUI
import ArgumentParser
import Foundation

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read the almanac and keep the checklist line by line, for screen readers and scripts.",
        discussion: """
        Numbered menus and short typed commands: a number opens an item, next and back move, \
        tick 2, status 2 in progress, note 2 TEXT change a step, search WORDS finds, where says \
        where you are, help lists every command, quit leaves. The output only ever appends plain \
        lines (no colour, no cursor movement), and every change is confirmed in a sentence. \
        Commands can come from a pipe: printf 'checklist 10\\ntick 1\\n' | almanac read. \
        Changes others save to the same progress file are announced as they happen.
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Option(help: ArgumentHelp("Wrap lines at this many columns (default: the terminal's width, or 80; 0 for no wrapping).",
                               valueName: "columns")) var width: Int?

    func validate() throws {
        if let width, width < 0 { throw ValidationError("--width must be 0 (no wrapping) or more, e.g. --width 40 for a braille display") }
    }

    func run() throws {
        try reportingProgress {
            let almanac = try content.open().almanac()
            let live = ScreenProgress.open(try progress.store())
            let columns = width.map { $0 == 0 ? Int.max / 4 : $0 } ?? Output.width
            var app = LineModeApp(almanac: almanac, progress: live.progress, today: GuideSession.today(), readOnly: live.banner, width: columns,
                                  team: live.team, notice: live.notice)
            var console = LineConsole()
            let prompt = console.interactive ? "> " : nil
            // A blank line ends every answer, so one is told from the next.
            func say(_ lines: [String]) {
                guard !lines.isEmpty else { return }
                Output.print(lines.joined(separator: "\n") + "\n\n")
            }
            say(app.start())
            if case .progress(let update)? = ScreenProgress.leftOver(live) { say(app.receive(update)) }
            var refused = 0, lines = 0
            while true {
                if let prompt { Output.write(prompt) }
                let typed = console.readLine {
                    // Another process's save, announced while the person reads or types.
                    guard let update = live.checkForChanges() else { return }
                    let lines = app.receive(update)
                    guard !lines.isEmpty else { return }
                    // After the prompt: the news on lines of its own, then the prompt again.
                    if prompt != nil { Output.write("\n") }
                    say(lines)
                    if let prompt { Output.write(prompt) }
                }
                guard let typed else { break }
                if let update = live.checkForChanges() { say(app.receive(update)) }
                app.today = GuideSession.today()
                let reply = app.handle(typed)
                lines += 1
                if reply.refused { refused += 1 }
                say(reply.lines)
                if let request = reply.request { say(app.receive(live.perform(request))) }
                if reply.quit { break }
            }
            if let report = ScreenProgress.unsavedReport(live) { throw Failure.failed(report) }
            // A script learns that some of its lines did nothing; a person has read why already.
            if refused > 0, prompt == nil {
                throw Failure.usage("\(refused) of \(lines) line\(lines == 1 ? "" : "s") could not be done; the answers above say why")
            }
        }
    }
}
