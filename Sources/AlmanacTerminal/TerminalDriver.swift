import AlmanacUI
import CNcursesw
import Glibc

/// Runs a `TerminalApp` in the terminal: reads keys, mouse, resizes and ticks, hands them to the app,
/// carries out its effects and draws one frame per batch of input.
///
/// The terminal is restored on every way out: a normal quit, an error thrown by `perform`,
/// SIGINT/SIGTERM/SIGHUP (the loop ends normally; Ctrl-C is offered to the app as
/// `.control("c")` and ends the loop itself when ignored three times) and crash signals
/// (handled in the shim).
public struct TerminalDriver<App: TerminalApp> {
    /// Most events handled before a frame is drawn when input arrives faster than frames.
    public var batchLimit = 64
    /// Ctrl-Cs in a row the app may take without quitting before the driver leaves by itself.
    public var ignoredInterrupts = 2
    /// Milliseconds between looks at the outside world (`watch`, a resume from Ctrl-Z) while
    /// no key comes.
    public var watchInterval: Int32 = 250

    /// The terminal's background as the person chose it; nil asks the terminal (OSC 11) and
    /// starts from `backgroundGuess` until it answers (or for good, if it never does).
    public var background: TerminalBackground?
    public var backgroundGuess: TerminalBackground = .dark

    /// Colours follow each frame's `Screen.theme`, so an app can switch theme while running.
    public init() {}

    /// Runs until the app finishes, a quit signal arrives or the terminal goes away; returns the
    /// signal (SIGHUP when the terminal went), if any.
    /// `perform` carries out one effect and returns what the app must hear of it (a save's
    /// result); `watch` runs every `watchInterval` while no input comes and returns news from
    /// outside (another process changed the progress file). Both go in through `handle`; a
    /// watch with no news draws nothing, so waiting costs next to no CPU. An error either
    /// throws ends the run (the terminal restored) and is thrown on.
    @discardableResult
    public func run(_ app: inout App, watch: (() throws -> [InputEvent])? = nil,
                    perform: (App.Effect, inout App) throws -> [InputEvent]) throws -> Int32? {
        let session = try CursesSession()
        defer { session.close() }
        almanac_keep_heap()
        let painter = Painter(window: session.window)
        let input = InputReader(window: session.window)
        painter.background = background ?? backgroundGuess
        if background == nil {
            // Asked without waiting: the answer comes in with the keys, and the colours follow.
            _ = TerminalBackground.query.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
            input.replyDeadline = InputReader.now() + 3000
        }

        // The app learns the size first, so the first frame is laid out for this terminal.
        var size = session.size
        var interrupts = 0
        // True once the app said it had no background work left; any event may give it more.
        var idleDone = false
        // Effects the app let wait until its frame is out (`canFollowFrame`), in order.
        var later: [App.Effect] = []
        /// Carries out the effects left waiting; true if there were any.
        func performLater() throws -> Bool {
            guard !later.isEmpty else { return false }
            let now = later
            later = []
            for effect in now {
                for answer in try perform(effect, &app) { try dispatch(answer, to: &app, later: &later, perform: perform) }
            }
            return true
        }
        /// Every way out first carries out what waited, as it would have been before the frame.
        func leaving(_ signal: Int32?) throws -> Int32? {
            while try performLater() {}
            return signal
        }
        try dispatch(.resize(width: size.width, height: size.height), to: &app, later: &later, perform: perform)
        while !app.isFinished {
            painter.paint(app.render(width: size.width, height: size.height))
            doupdate()
            // The frame is out: now the writes it did not need, then a frame for their answers
            // (usually the same, so nothing is sent).
            if try performLater() { continue }

            // Wait for one event (or a tick) and draw it at once: asking whether more is waiting
            // would delay the frame by a system call. Events that arrive while a frame is drawn
            // are taken together before the next (a burst of keys, the mouse wheel).
            var handled = 0
            reading: while handled < batchLimit, !app.isFinished {
                let waiting = handled == 0
                let idleWork = waiting && !idleDone
                let blocking = waiting && !idleWork
                // Never wait for ever: a resume from Ctrl-Z is noticed at the next wake-up.
                let wait = app.tickInterval.map { Int32(clamping: $0) } ?? watchInterval
                let read = input.next(timeout: blocking ? wait : 0)
                // Back from Ctrl-Z: lay out and draw afresh at whatever size the terminal has now.
                if let resumed = session.sizeAfterResume(), resumed != size {
                    size = resumed
                    painter.invalidate()
                    try dispatch(.resize(width: size.width, height: size.height), to: &app, later: &later, perform: perform)
                    handled += 1
                    break reading
                }
                if let signal = session.quitSignal {
                    // Ctrl-C arrives as SIGINT (cbreak keeps signals). The app gets it as the key,
                    // to quit as it would for its own quit key (saving its place) or to use it
                    // (cancelling an edit). After `ignoredInterrupts` in a row with nothing else
                    // between, the driver leaves anyway. Other signals end at once.
                    guard signal == SIGINT else { return try leaving(signal) }
                    session.clearQuitSignal()
                    interrupts += 1
                    if interrupts > ignoredInterrupts { return try leaving(SIGINT) }
                    try dispatch(.key(.control("c")), to: &app, later: &later, perform: perform)
                    handled += 1
                    if app.isFinished { break reading }
                }
                let event: InputEvent
                switch read {
                case .event(let e)?: event = e
                case .ignored?: continue
                case .background(let shown)?:
                    guard shown != painter.background else { continue reading }
                    painter.background = shown
                    painter.invalidate()
                    break reading
                case nil:
                    // A terminal that has gone would return at once for ever: leave as on a hangup.
                    if waiting, input.terminalGone { return try leaving(SIGHUP) }
                    // Nothing waiting: a piece of background work, then a frame (usually the same).
                    if idleWork {
                        idleDone = !app.idle()
                        if idleDone { continue reading }
                        break reading
                    }
                    guard waiting else { break reading }
                    // A wait ran out (or a signal cut it short): news from outside, then a tick
                    // if the app asked for them; with neither, wait again without drawing.
                    if let news = try watch?(), !news.isEmpty {
                        for e in news { try dispatch(e, to: &app, later: &later, perform: perform) }
                        break reading
                    }
                    guard app.tickInterval != nil else { continue reading }
                    event = .tick
                }
                if event != .tick { interrupts = 0; idleDone = false }
                if case .resize = event {
                    size = session.size
                    painter.invalidate()
                }
                try dispatch(event, to: &app, later: &later, perform: perform)
                handled += 1
                if blocking { break reading }
            }
        }
        return try leaving(nil)
    }

    private func dispatch(_ event: InputEvent, to app: inout App, later: inout [App.Effect],
                          perform: (App.Effect, inout App) throws -> [InputEvent]) throws {
        if case .key(let key) = event, case .alt = key, !app.wantsAltKeys {
            for k in key.unfolded { try dispatch(.key(k), to: &app, later: &later, perform: perform) }
            return
        }
        for effect in app.handle(event) {
            if app.canFollowFrame(effect) {
                later.append(effect)
                continue
            }
            for answer in try perform(effect, &app) { try dispatch(answer, to: &app, later: &later, perform: perform) }
        }
    }
}
