import Foundation
import AlmanacModel

/// `almanac present`: slides for a projector, driven by a clicker; or, as the presenter view,
/// the facilitator's screen following (and able to drive) the projected one.
public struct PresentApp: TerminalApp {
    public enum Mode: Hashable, Sendable { case projector, presenter }
    public enum Overlay: Hashable, Sendable { case help, overview }
    /// What the footer's right-hand corner shows; `t` cycles through them.
    public enum FooterClock: Hashable, Sendable { case off, clock, elapsed, remaining }

    public let almanac: Almanac
    public let mode: Mode
    /// Draw block letters and bars with `#` instead of Unicode blocks.
    public let ascii: Bool
    let environment: PresentEnvironment

    public private(set) var deck: SlideDeck
    public private(set) var progress: AlmanacModel.Progress
    public private(set) var slideIndex = 0
    public private(set) var page = 0
    public private(set) var blanked = false
    public private(set) var tickMode = false
    /// The chosen step of a practice slide in tick mode (0-based).
    public private(set) var chosenStep = 0
    public private(set) var overlay: Overlay?
    /// Digits typed after `g`, or nil when not going anywhere.
    public private(set) var gotoDigits: String?
    /// Set when `g` and a digit jumped at once: an Enter typed next confirms it, as `g 1` Enter
    /// does, rather than moving one slide on.
    var gotoJustJumped = false
    public private(set) var footerClock = FooterClock.off
    /// A one-off line for the footer (e.g. why `g 13` did nothing), cleared by the next key.
    public private(set) var message: String?
    public private(set) var startedAt: Date
    public private(set) var now: Date
    public private(set) var width = 80
    public private(set) var height = 24
    /// Page of the presenter's notes.
    public private(set) var notesPage = 0
    /// The shared session as last written or adopted.
    public private(set) var session: PresentSession
    public private(set) var isFinished = false
    /// Why progress cannot be saved (an unreadable file): a banner says so, ticks are refused.
    public var readOnlyReason: String?
    /// Who the session is for (the council or profile), shown on the opening slide.
    public var audience: String?
    /// The countdown's length when started with `T` (`--timer`, else 45 minutes).
    public var timerLength = 45 * 60
    /// When the countdown runs out, while one runs: shared with the other terminal.
    public private(set) var timerEnds: Date?
    /// The facilitator's own notes, from the notes file (read again when it changes).
    public private(set) var facilitatorNotes = FacilitatorNotes()
    /// Why the notes file could not be read, if so.
    public private(set) var notesProblem: String?
    /// The notes being edited in the presenter view: which slide's, and the text so far.
    public private(set) var notesEditor: (slide: String, field: TextField)?

    /// The last slides laid out (see `PageMemo`): the current, the next, the one before, the thumbnail.
    var pageMemo = PageMemo<SlidePagesKey, SlidePage>(capacity: 4)

    public var tickInterval: Int? { 250 }

    /// A presentation of the whole almanac, or of one outcome (`scope`, an outcome id).
    ///
    /// `existing` is the session file's content, if any. The presenter view starts where the
    /// projector is. A projector restarted mid-session resumes its slide (same outcome) and,
    /// within 12 hours, its start time; either way its writes outrank the old file's, so a
    /// presenter view still running follows it. The command writes `session` before running.
    public init(almanac: Almanac, progress: AlmanacModel.Progress, scope: String? = nil, mode: Mode = .projector,
                ascii: Bool = false, environment: PresentEnvironment, joining existing: PresentSession? = nil) {
        self.almanac = almanac
        self.progress = progress
        self.mode = mode
        self.ascii = ascii
        self.environment = environment
        self.deck = SlideDeck(almanac: almanac, scope: scope)
        let start = environment.now()
        self.now = start
        self.startedAt = start
        self.session = PresentSession(scope: scope, slide: "", startedAt: start, writer: environment.writer)
        self.session.before = SessionDecisions.baseline(progress)
        self.session = snapshot()
        (facilitatorNotes, notesProblem) = environment.readNotes()
        guard let existing else { return }
        switch mode {
        case .presenter:
            if let s = session.adopting(existing, me: environment.writer) { adopt(s) }
        case .projector:
            if existing.scope == deck.scope, let i = deck.index(of: existing.slide, in: almanac) {
                slideIndex = i
                page = max(0, existing.page)
            }
            if start.timeIntervalSince(existing.startedAt) < 12 * 3600, existing.startedAt <= start {
                // The same session resumed: its decisions count from its start.
                startedAt = existing.startedAt
                if existing.scope == deck.scope, let before = existing.before { session.before = before }
            }
            session.serial = existing.serial
            session = snapshot().written(by: environment.writer)
        }
    }

    public var slide: Slide { deck.slides[slideIndex] }

    /// The outcomes (positions) the current screen is drawn from: the launch decodes these
    /// before the terminal starts, so a bad line is reported before anything is drawn. The
    /// presenter's "next" line needs no more (`SlideContent.title`).
    public var outcomesShown: [Int] {
        if overlay == .overview { return Array(almanac.outcomes.indices) }
        if let i = slide.outcome { return [i] }
        return slide.kind == .opening ? [] : Array(almanac.outcomes.indices)
    }

    /// The size slides are paged at: the projector's own, or the projector's as the session reports it.
    public var geometry: SlideGeometry {
        if mode == .presenter, let w = session.width, let h = session.height { return SlideGeometry(width: w, height: h) }
        return SlideGeometry(width: width, height: height)
    }

    public func pages(of index: Int) -> [SlidePage] {
        pages(of: deck.slides[index], geometry: geometry)
    }

    /// A slide laid out at a size, once for its inputs (`SlidePagesKey`) and then kept.
    func pages(of slide: Slide, geometry g: SlideGeometry) -> [SlidePage] {
        let key = pagesKey(slide, geometry: g)
        return pageMemo.pages(for: key) { key.pages(in: almanac) }
    }

    func pagesKey(_ slide: Slide, geometry g: SlideGeometry) -> SlidePagesKey {
        SlidePagesKey(slide: slide, steps: progress.steps, geometry: g, ascii: ascii, occasion: occasionInputs(for: slide))
    }

    /// Lays the next slide out while the speaker talks, so the clicker shows it at once.
    public mutating func idle() -> Bool {
        guard !isFinished, slideIndex + 1 < deck.count, page + 1 >= pageCount else { return false }
        let next = deck.slides[slideIndex + 1]
        guard !pageMemo.has(pagesKey(next, geometry: geometry)) else { return false }
        _ = pages(of: next, geometry: geometry)
        return true
    }

    /// What the opening and closing slides' `Occasion` is made from, cheaply compared: nil for
    /// slides that show none.
    func occasionInputs(for slide: Slide) -> OccasionInputs? {
        switch slide.kind {
        case .opening, .closing:
            return OccasionInputs(audience: audience, startedAt: startedAt, utcOffset: environment.utcOffset(startedAt),
                                  scope: deck.scope, before: session.before)
        default: return nil
        }
    }

    /// The room's decisions: each step whose status differs from the session's start, or
    /// whose owner, due date or note was set since.
    public var decisions: [SessionDecision] {
        SessionDecisions.list(almanac: almanac, scope: deck.scope, before: session.before ?? [:], progress: progress, since: startedAt)
    }

    /// "1 December 2026", as a British room reads a date (en_GB's `d MMMM yyyy`). Worked out
    /// by `LocalTime`'s arithmetic rather than a DateFormatter, whose first use loaded the
    /// locale data: 1.5 million instructions and 8 MB before the opening slide.
    public static func day(_ date: Date, utcOffset: Int) -> String {
        let day = LocalTime(date, utcOffset: utcOffset).day
        let year = String(day.year)
        return "\(day.day) \(monthNames[day.month - 1]) "
            + String(repeating: "0", count: max(0, 4 - year.count)) + year
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    public var pageCount: Int { pages(of: slideIndex).count }

    // MARK: - Events

    public mutating func handle(_ event: InputEvent) -> [PresentEffect] {
        switch event {
        case .tick:
            now = environment.now()
            if let s = session.adopting(environment.readSession(), me: environment.writer) { adopt(s) }
            if mode == .presenter {
                let (notes, problem) = environment.readNotes()
                if notes != facilitatorNotes { facilitatorNotes = notes }
                notesProblem = problem
            }
            return []
        case .resize(let w, let h):
            width = max(1, w)
            height = max(1, h)
            page = min(page, pageCount - 1)
            return publishIfMoved()
        case .mouse(let button, _, _):
            return handle(.key(button.pagingKey))
        case .progress(let update):
            progress = update.progress
            readOnlyReason = update.readOnly
            if let text = StepMark.message(for: update) { message = text }
            return []
        case .key(let key):
            message = nil
            var effects = handleKey(key)
            if !isFinished { effects += publishIfMoved() }
            return effects
        }
    }

    public var wantsAltKeys: Bool { notesEditor != nil }

    private mutating func handleKey(_ key: Key) -> [PresentEffect] {
        if notesEditor != nil { return editNotes(key) }
        // Layers, first to last: the blank screen, a pending `g`, an overlay, tick mode, the main keys.
        if blanked {
            blanked = false
            return []
        }
        if gotoJustJumped {
            gotoJustJumped = false
            if key == .enter { return [] }
        }
        if gotoDigits != nil { return typeGoto(key) }
        if overlay != nil {
            overlay = nil
            return []
        }
        if tickMode {
            if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1 { return tick(stepNumber: n) }
            if let command = PresentKeys.command(for: key, in: PresentKeys.tickMode) { return run(command) }
        }
        if let command = PresentKeys.command(for: key, in: PresentKeys.main) { return run(command) }
        return []
    }

    private mutating func run(_ command: PresentAction) -> [PresentEffect] {
        switch command {
        case .next: next()
        case .back: back()
        case .first: move(to: 0, page: 0)
        case .last: move(to: deck.count - 1, page: 0)
        case .gotoOutcome: gotoDigits = ""
        case .blank: blanked = true
        case .overview: overlay = .overview
        case .help: overlay = .help
        case .tickMode:
            tickMode.toggle()
            chosenStep = 0
        case .clock:
            switch footerClock {
            case .off: footerClock = .clock
            case .clock: footerClock = .elapsed
            case .elapsed: footerClock = timerEnds == nil ? .off : .remaining
            case .remaining: footerClock = .off
            }
        case .timer:
            if timerEnds == nil { startTimer() } else { timerEnds = nil; message = "Timer stopped." }
        case .timerLonger, .timerShorter:
            guard let ends = timerEnds else {
                message = "No timer runs; T starts one."
                return []
            }
            // Never less than a minute left from now: a shortened timer still counts down.
            let moved = ends.addingTimeInterval(command == .timerLonger ? 300 : -300)
            timerEnds = max(moved, now.addingTimeInterval(60))
        case .notes: notesPage += 1
        case .editNotes:
            guard mode == .presenter else {
                message = "Your notes are edited in the presenter view: almanac present --presenter."
                return []
            }
            let id = slide.id(in: almanac)
            notesEditor = (id, TextField(facilitatorNotes.notes(for: id) ?? "", multiline: true))
        case .quit:
            isFinished = true
            return [.quit]
        case .chooseNext: chosenStep = min(chosenStep + 1, max(0, themeSteps.count - 1))
        case .choosePrevious: chosenStep = max(0, chosenStep - 1)
        case .tick: return tick(stepNumber: chosenStep + 1)
        case .undo, .redo:
            guard readOnlyReason == nil else {
                message = StepMark.readOnly
                return []
            }
            return [.progress(command == .undo ? .undo : .redo)]
        }
        return []
    }

    private mutating func next() {
        if page + 1 < pageCount {
            page += 1
        } else if slideIndex + 1 < deck.count {
            move(to: slideIndex + 1, page: 0)
        }
    }

    private mutating func back() {
        if page > 0 {
            page -= 1
        } else if slideIndex > 0 {
            move(to: slideIndex - 1, page: pages(of: slideIndex - 1).count - 1)
        }
    }

    private mutating func move(to index: Int, page: Int) {
        if index != slideIndex {
            chosenStep = 0
            notesPage = 0
        }
        slideIndex = max(0, min(index, deck.count - 1))
        self.page = max(0, page)
    }

    /// `g` then digits: jumps as soon as the number cannot grow (`g 4`, `g 12`); Enter jumps
    /// to what is typed (`g 1` Enter); Esc or another key cancels.
    private mutating func typeGoto(_ key: Key) -> [PresentEffect] {
        var digits = gotoDigits ?? ""
        switch key {
        case .character(let c) where c.isWholeNumber:
            digits.append(c)
            let n = Int(digits) ?? 0
            if n * 10 > almanac.outcomes.count || digits.count >= 2 {
                jump(toOutcome: n)
                gotoJustJumped = true
            } else {
                gotoDigits = digits
            }
        case .enter:
            if let n = Int(digits) { jump(toOutcome: n) } else { gotoDigits = nil }
        case .backspace:
            gotoDigits = digits.isEmpty ? nil : String(digits.dropLast())
        default:
            gotoDigits = nil
        }
        return []
    }

    private mutating func jump(toOutcome number: Int) {
        gotoDigits = nil
        guard let o = almanac.index.outcomes.firstIndex(where: { $0.number == number }) else {
            message = "There is no outcome \(number); the outcomes are 1 to \(almanac.outcomes.count)."
            return
        }
        guard let i = deck.titleIndex(ofOutcome: o) else {
            message = "Outcome \(number) is not in this session."
            return
        }
        overlay = nil
        move(to: i, page: 0)
    }

    /// The notes editor: typing, Enter for a new line, Ctrl-O saves into the notes file, Esc
    /// (or Ctrl-C) leaves without saving.
    private mutating func editNotes(_ key: Key) -> [PresentEffect] {
        guard var editor = notesEditor else { return [] }
        switch key {
        case .escape, .control("c"):
            notesEditor = nil
            message = "Notes not changed."
            return []
        case .control("o"):
            notesEditor = nil
            // Shown at once; the file is read again on the next tick after the write.
            facilitatorNotes = FacilitatorNotes(facilitatorNotes.setting(editor.slide, to: editor.field.text))
            message = "Notes saved for \(editor.slide)."
            return [.saveNotes(slide: editor.slide, text: editor.field.text)]
        case .enter: editor.field.newline()
        case .up, .down: _ = editor.field.moveRow(by: key == .up ? -1 : 1, width: max(1, notesWidth))
        default: editor.field.edit(key)
        }
        notesEditor = editor
        return []
    }

    /// The width the presenter view gives notes (its right-hand column).
    var notesWidth: Int { width - max(18, width * 11 / 20) - 3 }

    /// Starts the countdown of `timerLength` from now (`--timer`, or `T`).
    public mutating func startTimer() {
        now = environment.now()
        timerEnds = now.addingTimeInterval(TimeInterval(timerLength))
        message = "Timer: \(SlideClock.duration(timerLength)) from now; T stops it, + and - add or take 5 minutes."
    }

    /// Seconds left on the countdown (negative once over), or nil when none runs.
    public var timerLeft: Int? {
        timerEnds.map { Int($0.timeIntervalSince(now).rounded(.up)) }
    }

    /// The steps of the current slide, if it is a practice theme.
    public var themeSteps: [Step] {
        guard case .theme(let t) = slide.kind, let o = slide.outcome else { return [] }
        let themes = almanac.outcomes[o].themes
        return themes.indices.contains(t) ? themes[t].steps : []  // none in a placeholder (see AlmanacOutcomes)
    }

    private mutating func tick(stepNumber n: Int) -> [PresentEffect] {
        let steps = themeSteps
        guard n >= 1, n <= steps.count else {
            message = steps.isEmpty ? "Tick mode: go to a practice slide to tick its steps." : "This slide has steps 1 to \(steps.count)."
            return []
        }
        chosenStep = n - 1
        let id = steps[n - 1].id
        guard readOnlyReason == nil else {
            message = StepMark.readOnly
            return []
        }
        let mark = StepMark(step: id, number: n, in: progress, at: environment.now(), sayAlways: false)
        progress.apply(mark.change)
        if let text = mark.message { message = text }
        return [.progress(.record(mark.change))]
    }

    // MARK: - Shared session

    /// The shared state as it is now, under the last serial and writer.
    private func snapshot() -> PresentSession {
        var s = session
        s.scope = deck.scope
        s.slide = slide.id(in: almanac)
        s.page = page
        s.blanked = blanked
        s.overview = overlay == .overview
        s.tickMode = tickMode
        s.startedAt = startedAt
        s.timerEnds = timerEnds
        if mode == .projector {
            s.width = width
            s.height = height
        }
        return s
    }

    private mutating func publishIfMoved() -> [PresentEffect] {
        let s = snapshot()
        guard s != session else { return [] }
        session = s.written(by: environment.writer)
        return [.publish(session)]
    }

    private mutating func adopt(_ s: PresentSession) {
        if s.scope != deck.scope, s.scope.map({ id in almanac.index.outcomes.contains { $0.id == id } }) ?? true {
            deck = SlideDeck(almanac: almanac, scope: s.scope)
            slideIndex = min(slideIndex, deck.count - 1)
        }
        if let i = deck.index(of: s.slide, in: almanac) { move(to: i, page: 0) }
        blanked = s.blanked
        // Help is each terminal's own; the overview is the room's.
        if s.overview { overlay = .overview } else if overlay == .overview { overlay = nil }
        if tickMode != s.tickMode { chosenStep = 0 }
        tickMode = s.tickMode
        startedAt = s.startedAt
        timerEnds = s.timerEnds
        if timerEnds == nil, footerClock == .remaining { footerClock = .off }
        // Progress itself comes from the progress file, through each terminal's progress session.
        session = s
        page = max(0, min(s.page, pageCount - 1))
    }

    // MARK: - Told by the outer loop

    /// Shows a one-line problem, e.g. the presenter view's file not written; the session carries on.
    public mutating func report(_ problem: String) {
        message = problem
    }

    /// The shared session is written after the slide it names is drawn, so the room's page
    /// turn never waits on the disk; the presenter view follows a moment later.
    public func canFollowFrame(_ effect: PresentEffect) -> Bool {
        if case .publish = effect { return true }
        return false
    }

    // MARK: - Drawing

    /// Colours for the driver: high contrast unless the command chose otherwise.
    public var theme: ThemeName = .highContrast

    public func render(width: Int, height: Int) -> Screen {
        var screen: Screen
        switch mode {
        case .projector: screen = PresentView.render(projectorInput(width: width, height: height), width: width, height: height)
        case .presenter: screen = PresenterView.render(presenterInput(width: width, height: height), width: width, height: height)
        }
        // Over the slide's top margin; a blanked projector stays blank.
        if !(blanked && mode == .projector) {
            ReadOnlyBanner.draw(ReadOnlyBanner.lines(readOnlyReason, width: width), y: 0, width: width, into: &screen)
        }
        screen.theme = theme
        return screen
    }
}
