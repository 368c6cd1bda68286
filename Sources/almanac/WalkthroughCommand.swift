import AlmanacModel
import AlmanacTerminal
import AlmanacUI
import ArgumentParser
import Foundation

struct WalkthroughCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walkthrough",
        abstract: "A guided walk through the almanac for councillors, one screen at a time.",
        discussion: """
        Enter or Space: next. Backspace: back. q: leave; the next walkthrough opens where you left. \
        On the steps screens, press a step's number to mark what the council already does \
        (the same progress as the checklist).
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Start again from the welcome screen. Marked steps are kept.") var restart = false

    func run() throws {
        try reportingProgress {
            let almanac = try content.open().almanac()
            let store = try progress.store()
            var base = try store.load()
            let theme = TerminalTheme.resolve(requested: nil, environment: ProcessInfo.processInfo.environment)
            var app = WalkthroughApp(almanac: almanac, progress: base, restart: restart, ascii: !TerminalLocale.adopt())
            let signal = try TerminalDriver<WalkthroughApp>().run(&app) { effect, app in
                switch effect {
                case .saveStep, .savePosition:
                    do {
                        base = try store.save(app.progress, base: base, label: "this walkthrough").progress
                        app.saved(base)
                    } catch {
                        app.report("Not saved: \(error)")
                    }
                case .quit:
                    break
                }
            }
            if let signal { throw ExitCode(128 + signal) }
        }
    }
}
