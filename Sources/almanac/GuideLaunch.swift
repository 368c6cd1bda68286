import AlmanacModel
import AlmanacStorage
import AlmanacTerminal
import AlmanacUI
import Foundation

/// Opening the full-screen guide from plain option values. `GuideCommand` and the start-up
/// fast path (`GuideArguments`) both call this, so the guide starts the same way from either.
struct GuideLaunch: ScreenLaunch, Equatable {
    var theme: ThemeName?
    var content: String?
    var progress: String?
    var profile: String?
    var background: String?

    /// Runs the guide until the user leaves. Returns the signal that ended it, if one did;
    /// throws a `Failure` for anything the user must fix (no terminal, no content, bad progress options).
    func run() throws -> Int32? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure.usage(TerminalError.notATerminal.description)
        }
        let unicode = TerminalLocale.adopt()
        let file = try ContentOptions.open(path: content, ascii: !unicode)
        let session = GuideSession(store: try ProgressOptions.store(file: progress, profile: profile))
        let live = session.progress
        let size = TerminalSize.current() ?? (80, 24)
        var app = GuideApp(content: GuideContent(file: file), progress: live.progress,
                           today: GuideSession.today(), readOnly: live.readOnly, banner: live.banner,
                           unicode: unicode, theme: ScreenTheme.resolve(theme),
                           width: size.width, height: size.height)
        if let leftOver = ScreenProgress.leftOver(live) { _ = app.handle(leftOver) }
        if live.team != nil || live.notice != nil { _ = app.handle(.progress(live.update(.unchanged))) }
        // The last review, for r's marks; a reviews file that cannot be read only loses them.
        app.lastReview = try? ReviewsStore(besideProgress: session.progress.store.path).read().log.reviews.last
        let remapped = KeyRemapping.apply(Settings.current.keys)
        app.keys = remapped.keys
        if let problem = Settings.current.problem ?? remapped.problems.first.map({ "settings: \($0)" }) {
            let more = remapped.problems.count > 1 ? " (and \(remapped.problems.count - 1) more: almanac config)" : ""
            app.say(problem + more)
        }
        var driver = TerminalDriver<GuideApp>()
        try BackgroundOption.configure(&driver, option: background)
        let signal: Int32?
        do {
            signal = try driver.run(&app, watch: ScreenProgress.watch(live)) { effect, _ in session.perform(effect) }
        } catch let error as TerminalError {
            throw Failure.usage(error.description)
        }
        if let report = ScreenProgress.unsavedReport(live) {
            if signal == nil { throw Failure.failed(report) }
            Output.error(report)
        } else if let problem = session.positionProblem {
            Output.error("your place in the guide was not saved: \(problem)")
        }
        if let problem = session.settingsProblem { Output.error("the theme was not remembered: \(problem)") }
        return signal
    }
}
