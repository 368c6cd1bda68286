import AlmanacModel
import AlmanacStorage
import AlmanacTerminal
import AlmanacUI
import Foundation

/// Opening the slides (or the presenter view) from plain option values: `PresentCommand` and
/// the start-up fast path (`ScreenArguments`) both call this. (`--summary` is the command's own.)
struct PresentLaunch: ScreenLaunch, Equatable {
    var content: String?
    var progress: String?
    var profile: String?
    var background: String?
    /// An outcome id, a number 1-12, or the start of its title.
    var outcome: String?
    var presenter = false
    var theme: String?
    var council: String?
    var notes: String?
    var timer: String?

    func run() throws -> Int32? {
        let countdown = try timer.map { text -> Int in
            switch CountdownLength.parse(text) {
            case .success(let seconds): return seconds
            case .failure(let m): throw Failure.usage(m.text)
            }
        }
        let utf8 = TerminalLocale.adopt()
        let file = try ContentOptions.open(path: content, ascii: !utf8)
        var scope: String?
        if let outcome {
            switch OutcomeResolver(file.index).resolve(outcome) {
            case .notFound(let message): throw Failure.usage(message)
            case .found(let entry): scope = entry.id
            }
        }
        let chosenTheme: TerminalTheme
        if let theme {
            guard let name = ThemeName(name: theme) else {
                throw Failure.usage(ThemeName.unknown(theme))
            }
            chosenTheme = TerminalTheme(name)
        } else {
            // Projectors wash colour out: high contrast unless NO_COLOR asks for none.
            chosenTheme = TerminalTheme.resolve(requested: nil, environment: Environment.only(["NO_COLOR"])) == .mono
                ? .mono : .highContrast
        }
        // Outcomes are decoded as the screens need them (OutcomesOnDemand): the opening needs none.
        let almanac = try AlmanacModel.Almanac(file: file)
        let live = ScreenProgress.open(try ProgressOptions.store(file: progress, profile: profile))
        let sessionFile = PresentSessionFile(besideProgress: live.store.path)
        let writer = (presenter ? "presenter-" : "projector-") + String(getpid())
        let notesFile = notes.map { FacilitatorNotesFile(path: $0) } ?? FacilitatorNotesFile(besideProgress: live.store.path)
        let environment = PresentEnvironment(now: { Date() }, readSession: { sessionFile.read() }, writer: writer,
                                             utcOffset: { LocalZone.offset(at: $0) },
                                             readNotes: { notesFile.read() })
        var app = PresentApp(almanac: almanac, progress: live.progress, scope: presenter ? nil : scope,
                             mode: presenter ? .presenter : .projector, ascii: !utf8,
                             environment: environment, joining: sessionFile.read())
        app.theme = ThemeName(chosenTheme)
        app.readOnlyReason = live.banner
        app.audience = council.map { DisplayText.safe($0) } ?? profile ?? Settings.value("profile")
        if let countdown {
            app.timerLength = countdown
            // A countdown already running (the other terminal started it) carries on.
            if app.timerEnds == nil { app.startTimer() }
        }
        if let leftOver = ScreenProgress.leftOver(live) { _ = app.handle(leftOver) }
        try OutcomesOnDemand.prepare(almanac, shown: app.outcomesShown)
        // The projector's session is written once its first slide is out (the disk's flushes
        // cost the first screen milliseconds), unless the app has published a later one by then.
        var opening = presenter ? nil : app.session
        func writeOpening() {
            if let session = opening { try? sessionFile.write(session) }
            opening = nil
        }
        let watchProgress = ScreenProgress.watch(live)
        let watchContent = OutcomesOnDemand.watch(almanac)
        var driver = TerminalDriver<PresentApp>()
        try BackgroundOption.configure(&driver, option: background)
        let signal = try driver.run(&app, watch: {
            writeOpening()
            try watchContent()
            return watchProgress()
        }) { effect, app in
            switch effect {
            case .progress(let request):
                return ScreenProgress.answer(request, live)
            case .publish(let session):
                opening = nil
                // The other terminal just stops following until the next write works.
                do { try sessionFile.write(session) } catch { app.report("Presenter view not updated: \((error as? ProgressError)?.problem ?? "\(error)")") }
                return []
            case .saveNotes(let slide, let text):
                do throws(ProgressError) { try notesFile.set(slide, to: text) } catch { app.report("Notes not saved: \(error.problem); \(error.recovery)") }
                return []
            case .quit:
                return []
            }
        }
        writeOpening()
        if let report = ScreenProgress.unsavedReport(live) { throw Failure.failed(report) }
        try OutcomesOnDemand.finish(almanac)
        return signal
    }
}
