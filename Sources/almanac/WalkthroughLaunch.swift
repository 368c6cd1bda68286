import AlmanacModel
import AlmanacTerminal
import AlmanacUI
import Foundation

/// Opening the walkthrough from plain option values: `WalkthroughCommand` and the start-up fast
/// path (`ScreenArguments`) both call this.
struct WalkthroughLaunch: ScreenLaunch, Equatable {
    var content: String?
    var progress: String?
    var profile: String?
    var restart = false
    var background: String?
    var theme: ThemeName?

    func run() throws -> Int32? {
        let utf8 = TerminalLocale.adopt()
        // Outcomes are decoded as the screens need them (OutcomesOnDemand): the welcome needs none.
        let almanac = try AlmanacModel.Almanac(file: ContentOptions.open(path: content, ascii: !utf8))
        let live = ScreenProgress.open(try ProgressOptions.store(file: progress, profile: profile))
        var app = WalkthroughApp(almanac: almanac, progress: live.progress, restart: restart,
                                 ascii: !utf8, readOnlyReason: live.banner)
        app.theme = ScreenTheme.resolve(theme)
        if let leftOver = ScreenProgress.leftOver(live) { _ = app.handle(leftOver) }
        try OutcomesOnDemand.prepare(almanac, shown: app.outcomesShown)
        let watchProgress = ScreenProgress.watch(live)
        let watchContent = OutcomesOnDemand.watch(almanac)
        var driver = TerminalDriver<WalkthroughApp>()
        try BackgroundOption.configure(&driver, option: background)
        let signal = try driver.run(&app, watch: {
            try watchContent()
            return watchProgress()
        }) { effect, _ in
            switch effect {
            case .progress(let request): return ScreenProgress.answer(request, live)
            case .savePosition(let position):
                if !live.readOnly { live.savePosition(position) }
                return []
            case .quit: return []
            }
        }
        if let report = ScreenProgress.unsavedReport(live) { throw Failure.failed(report) }
        try OutcomesOnDemand.finish(almanac)
        return signal
    }
}
