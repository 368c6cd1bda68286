import AlmanacModel
import Foundation

/// The guide: all of its state as one value. `handle` changes it and returns effects for the
/// driver; `render` draws it. Nothing here touches a terminal or a file.
public struct GuideApp: Sendable {
    // Inputs.
    public let content: GuideContent
    public internal(set) var progress: AlmanacModel.Progress
    /// Today as `YYYY-MM-DD`, for overdue due dates.
    public let today: String
    /// Today as a day, for due dates typed as counted from it (`+2w`, `friday`).
    public let calendarToday: CalendarDay
    /// True when the progress file could not be read: nothing may change, the banner says why.
    public internal(set) var readOnly: Bool
    public internal(set) var banner: String?
    /// For progress shared by a team: who set what, for the step detail.
    public internal(set) var team: TeamView?
    public let unicode: Bool
    /// The key table: the defaults, or with keys remapped in the settings file.
    public var keys: GuideKeys = .standard
    /// The last review recorded for this progress (`almanac review start`), if any.
    public var lastReview: Review?
    /// Whether steps and outcomes changed since that review are marked (`r`).
    public internal(set) var showingReviewMarks = false
    public internal(set) var theme: ThemeName
    /// The time a change is stamped with.
    let clock: @Sendable () -> Date

    // Content loaded so far, and each loaded outcome's parts (asked for many times an event).
    public internal(set) var outcomes: [Outcome?]
    var outcomeParts: [[Part]?]
    /// The layout made by the last refresh (see `layout`).
    var keptLayout: GuideLayout?
    var loadProblems: [Int: String] = [:]
    var front: FrontMatter?
    var frontProblem: String?
    var searchIndex: GuideSearch?

    // Size of the terminal, from the last resize.
    public internal(set) var width: Int
    public internal(set) var height: Int

    // Where the user is.
    public internal(set) var mode: Mode = .main
    public internal(set) var focus: Focus = .outcomes
    public internal(set) var outcomeIndex = 0
    public internal(set) var partIndex = 0
    public internal(set) var stepIndex = 0
    public internal(set) var contentScroll = 0
    /// Set when the selected step must be scrolled into view at the next refresh.
    var revealStep = true
    /// Set when the reading document must scroll to the selected part's start at the next refresh.
    var revealPart = true
    /// Set by a scroll of the reading document: the parts pane then follows the top line.
    var followScroll = false
    /// An item of the current part to scroll to once it is wrapped (a search hit, a case study).
    var pendingItem: Int?
    var outcomeScroll = 0
    var partScroll = 0
    public internal(set) var showingHelp = false
    var helpScroll = 0
    public internal(set) var caseBrowser = CaseBrowserState()
    /// Set when a case study was opened from the browser: Esc goes back to the list.
    var returnsToCaseBrowser = false
    /// My work: every step as a to-do list (`w`).
    public internal(set) var myWork = MyWorkState()
    public internal(set) var search = SearchState()
    public internal(set) var editor: EditorState?

    public internal(set) var saveState: SaveState = .idle
    /// This screen's changes the file does not hold yet (the session retries them with the next).
    public internal(set) var unsaved: [StepChange] = []
    /// False when the unsaved changes could not be kept for the next start either.
    public internal(set) var unsavedKept = true
    /// True while quitting waits for an answer: changes are unsaved.
    public internal(set) var confirmingQuit = false
    /// A one-off message for the status bar, cleared by the next key.
    public internal(set) var message: String?

    /// The current document (reading or checklist) wrapped to the content pane's width.
    public internal(set) var document: RenderedDocument?
    var documents = DocumentCache()

    public internal(set) var isFinished = false
    /// The last reading frame, to draw the next by scrolling it (see `FrameMemo`).
    var frameMemo = FrameMemo()
    /// Step counts and the status bar's row, kept between frames (see `ViewMemos`).
    var viewMemos = ViewMemos()

    /// - Parameters:
    ///   - content: the index plus loaders; only the outcome to show first is loaded now.
    ///   - progress: the council's progress; its position says where to open.
    ///   - today: the user's local day, for overdue dates and due dates like `+2w`.
    ///   - readOnly: true when progress cannot be saved; `banner` says why, at the top.
    ///   - unicode: box drawing and symbols when true, ASCII otherwise.
    ///   - width, height: the terminal's size (a `.resize` event changes it later).
    ///   - clock: the time changes are stamped with.
    public init(content: GuideContent, progress: AlmanacModel.Progress, today: CalendarDay, readOnly: Bool = false,
                banner: String? = nil, unicode: Bool = true, theme: ThemeName = .standard,
                width: Int = 80, height: Int = 24, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.content = content
        self.progress = progress
        self.today = today.description
        self.calendarToday = today
        self.readOnly = readOnly
        self.banner = banner
        self.unicode = unicode
        self.theme = theme
        self.clock = clock
        self.width = max(0, width)
        self.height = max(0, height)
        self.outcomes = Array(repeating: nil, count: content.index.outcomes.count)
        self.outcomeParts = Array(repeating: nil, count: content.index.outcomes.count)
        restore(progress.position)
        refresh()
    }

    var glyphs: Glyphs { Glyphs.of(unicode: unicode) }

    var outcomeCount: Int { content.index.outcomes.count }

    /// The selected outcome, if it loaded.
    public var currentOutcome: Outcome? {
        outcomes.indices.contains(outcomeIndex) ? outcomes[outcomeIndex] : nil
    }

    /// The parts of the selected outcome (just the overview until it loads).
    /// How many steps the selected outcome has (0 until it loads), read in place: a copy of
    /// the outcome and its flattened steps would cost more than the rest of a key press.
    var currentStepCount: Int {
        guard outcomes.indices.contains(outcomeIndex) else { return 0 }
        return (outcomes[outcomeIndex]?.themes).map(Self.stepCount) ?? 0
    }

    /// True once the selected outcome has loaded (asked without copying it).
    var outcomeLoaded: Bool { outcomes.indices.contains(outcomeIndex) && outcomes[outcomeIndex] != nil }

    public var parts: [Part] {
        outcomeParts.indices.contains(outcomeIndex) ? outcomeParts[outcomeIndex] ?? [.overview] : [.overview]
    }

    public var currentPart: Part {
        let p = parts
        return p[min(max(0, partIndex), p.count - 1)]
    }

    /// True when the content pane shows the checklist and has the keys.
    var inChecklist: Bool { mode == .main && focus == .content && currentPart == .practice }

    /// The selected step, when the checklist is on show.
    public var currentStep: Step? {
        guard currentPart == .practice, let steps = currentOutcome?.steps, steps.indices.contains(stepIndex) else { return nil }
        return steps[stepIndex]
    }

    /// Where the user is, as saved between sessions.
    public var position: Position {
        let id = content.index.outcomes.indices.contains(outcomeIndex) ? content.index.outcomes[outcomeIndex].id : nil
        return Position(outcome: id, part: currentPart.id, step: currentStep?.id, walkthrough: progress.position.walkthrough)
    }

    /// Loads outcome `i` if it is not loaded yet; false if it cannot be.
    @discardableResult
    mutating func load(_ i: Int) -> Bool {
        guard outcomes.indices.contains(i) else { return false }
        if outcomes[i] != nil { return true }
        do {
            let outcome = try content.loadOutcome(i)
            outcomes[i] = outcome
            outcomeParts[i] = Part.all(of: outcome)
            loadProblems[i] = nil
            return true
        } catch {
            loadProblems[i] = "\(error)"
            return false
        }
    }

    /// Loads every outcome and the front matter: for search and the case studies browser.
    mutating func loadAll() -> [Outcome] {
        for i in outcomes.indices { load(i) }
        loadFront()
        return outcomes.compactMap { $0 }
    }

    mutating func loadFront() {
        guard front == nil, frontProblem == nil else { return }
        do { front = try content.loadFrontMatter() } catch { frontProblem = "\(error)" }
    }

    /// Opens where the saved position says, ignoring what no longer exists.
    mutating func restore(_ p: Position) {
        let ids = content.index.outcomes.map(\.id)
        outcomeIndex = p.outcome.flatMap { ids.firstIndex(of: $0) } ?? 0
        guard !ids.isEmpty, load(outcomeIndex) else { return }
        if let partID = p.part, let part = Part(id: partID), let i = parts.firstIndex(of: part) {
            partIndex = i
            focus = .parts
            if part == .practice {
                if let stepID = p.step, let s = currentOutcome?.steps.firstIndex(where: { $0.id == stepID }) {
                    stepIndex = s
                }
                focus = .content
            }
        }
        if currentPart == .caseStudies { loadFront() }
    }
}
