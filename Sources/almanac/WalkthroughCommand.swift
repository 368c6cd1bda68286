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
        o: the list of outcomes, to go straight to one. On the steps screens, press a step's number to mark what the council already does \
        (the same progress as the checklist); u undoes, Ctrl-R redoes. What others save to the \
        progress file meanwhile shows within a second.
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Start again from the welcome screen. Marked steps are kept.") var restart = false
    @OptionGroup var backgroundOption: BackgroundOption

    func run() throws {
        try reportingProgress {
            let utf8 = TerminalLocale.adopt()
            let almanac = try content.open(ascii: !utf8).almanac()
            let live = ScreenProgress.open(try progress.store())
            var app = WalkthroughApp(almanac: almanac, progress: live.progress, restart: restart,
                                     ascii: !utf8, readOnlyReason: live.banner)
            if let leftOver = ScreenProgress.leftOver(live) { _ = app.handle(leftOver) }
            var driver = TerminalDriver<WalkthroughApp>()
            try BackgroundOption.configure(&driver, option: backgroundOption.background)
            let signal = try driver.run(&app, watch: ScreenProgress.watch(live)) { effect, _ in
                switch effect {
                case .progress(let request): return ScreenProgress.answer(request, live)
                case .savePosition(let position):
                    if !live.readOnly { live.savePosition(position) }
                    return []
                case .quit: return []
                }
            }
            if let report = ScreenProgress.unsavedReport(live) { throw Failure.failed(report) }
            if let signal { throw ExitCode(128 + signal) }
        }
    }
}
