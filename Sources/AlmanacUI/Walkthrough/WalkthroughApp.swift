import Foundation
import AlmanacModel

/// What the walkthrough asks the outer loop to do.
public enum WalkthroughEffect: Hashable, Sendable {
    /// Save a step the councillor marked, or undo or redo (the checklist's progress: one
    /// source of truth); the session answers with `.progress`.
    case progress(ProgressRequest)
    /// Remember the screen, so the walkthrough resumes there (`Position.walkthrough`).
    case savePosition(Position)
    case quit
}

/// `almanac walkthrough`: the almanac one screen at a time for councillors, with nothing but
/// Enter or Space (next), Backspace (back) and q (leave) needed.
public struct WalkthroughApp: TerminalApp {
    public let almanac: Almanac
    public let stops: [WalkthroughStop]
    public let ascii: Bool
    let now: @Sendable () -> Date

    public private(set) var progress: AlmanacModel.Progress
    public private(set) var index = 0
    /// Page of the current screen, when it is longer than the terminal.
    public private(set) var page = 0
    /// Guidance headings opened on the current screen (0-based).
    public private(set) var expanded: Set<Int> = []
    /// A one-off hint, e.g. after a key that does nothing, cleared by the next key.
    public private(set) var message: String?
    /// True while `?` shows every key.
    public private(set) var showingHelp = false
    /// The list of outcomes, while `o` shows it over the current screen.
    public private(set) var contents: WalkthroughContents?
    /// The step or guidance heading (0-based) last pressed on this screen: the cursor rests
    /// on it, so a magnifier follows the mark.
    public private(set) var current: Int?
    public private(set) var width = 80
    public private(set) var height = 24
    public private(set) var isFinished = false
    /// Why progress cannot be saved (an unreadable file); shown at the top, nothing changes.
    public private(set) var readOnlyReason: String?
    /// The colours the driver maps the screens' roles through (`--theme`).
    public var theme: ThemeName = .standard
    /// The last screens' pages (see `PageMemo`).
    var pageMemo = PageMemo<WalkthroughPagesKey, [TextLine]>()

    /// Opens at the saved screen (`progress.position.walkthrough`) unless `restart`; restarting
    /// goes back to the welcome and leaves every tick as it was.
    public init(almanac: Almanac, progress: AlmanacModel.Progress, restart: Bool = false, ascii: Bool = false,
                readOnlyReason: String? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.readOnlyReason = readOnlyReason
        self.almanac = almanac
        self.progress = progress
        self.ascii = ascii
        self.now = now
        self.stops = WalkthroughStop.all(in: almanac)
        if !restart, let saved = progress.position.walkthrough,
           let i = stops.firstIndex(where: { $0.id(in: almanac) == saved }) {
            index = i
        }
    }

    public var stop: WalkthroughStop { stops[index] }

    /// The outcomes (positions) the current screen is drawn from: the launch decodes these
    /// before the terminal starts, so a bad line is reported before anything is drawn.
    public var outcomesShown: [Int] {
        switch stop {
        case .welcome: []
        case .outcome(let i, _, _): [i]
        case .ending: Array(almanac.outcomes.indices)
        }
    }

    public var layout: WalkthroughLayout {
        WalkthroughLayout(width: width, height: height, top: ReadOnlyBanner.lines(readOnlyReason, width: width).count)
    }

    /// The current screen's pages at the current size.
    public var pages: [[TextLine]] {
        pages(of: stop, expanded: expanded, layout: layout)
    }

    /// A screen's pages, laid out once for their inputs (`WalkthroughPagesKey`) and kept.
    func pages(of stop: WalkthroughStop, expanded: Set<Int>, layout: WalkthroughLayout) -> [[TextLine]] {
        let key = pagesKey(of: stop, expanded: expanded, layout: layout)
        return pageMemo.pages(for: key) { key.pages(in: almanac) }
    }

    func pagesKey(of stop: WalkthroughStop, expanded: Set<Int>, layout: WalkthroughLayout) -> WalkthroughPagesKey {
        WalkthroughPagesKey(stop: stop, steps: progress.steps, expanded: expanded, layout: layout, ascii: ascii)
    }

    public mutating func handle(_ event: InputEvent) -> [WalkthroughEffect] {
        switch event {
        case .resize(let w, let h):
            width = max(1, w)
            height = max(1, h)
            page = min(page, pages.count - 1)
            return []
        case .tick:
            return []
        case .progress(let update):
            progress = update.progress
            readOnlyReason = update.readOnly
            if let text = StepMark.message(for: update) { message = text }
            return []
        case .mouse(let button, _, let y):
            if contents != nil, !showingHelp {
                switch button {
                case .wheelUp: return contentsKey(.up)
                case .wheelDown: return contentsKey(.down)
                case .left:
                    guard let contents, let r = WalkthroughContentsView.row(at: y, contents, layout) else { return [] }
                    return answer(mutatingContents { $0.click(row: r) })
                }
            }
            return handle(.key(button.pagingKey))
        case .key(let key):
            message = nil
            if showingHelp {
                // Any key closes the list, and does nothing else.
                showingHelp = false
                return []
            }
            if contents != nil { return contentsKey(key) }
            if case .character(let c) = key, let n = c.wholeNumberValue { return number(n) }
            if case .character(let c) = key, let n = WalkthroughContent.guidanceLabels.firstIndex(of: c) { return letter(n) }
            switch WalkthroughKeys.command(for: key) {
            case .next?: return next()
            case .back?: return back()
            case .leave?:
                isFinished = true
                return [.quit]
            case .help?:
                showingHelp = true
                return []
            case .contents?:
                contents = WalkthroughContents(almanac: almanac, at: stop)
                return []
            case .undo?, .redo?:
                guard readOnlyReason == nil else {
                    message = StepMark.readOnly
                    return []
                }
                return [.progress(WalkthroughKeys.command(for: key) == .undo ? .undo : .redo)]
            case nil:
                message = "That key does nothing here: ? lists the keys."
                return []
            }
        }
    }

    private mutating func next() -> [WalkthroughEffect] {
        if page + 1 < pages.count {
            page += 1
            return []
        }
        if index + 1 < stops.count { return go(to: index + 1, page: 0) }
        // Enter on the summary finishes; the summary is where the walkthrough reopens.
        isFinished = true
        return [.quit]
    }

    private mutating func back() -> [WalkthroughEffect] {
        if page > 0 {
            page -= 1
            return []
        }
        guard index > 0 else { return [] }
        var effects = go(to: index - 1, page: 0)
        page = max(0, pages.count - 1)
        effects = effects.isEmpty ? [] : effects
        return effects
    }

    private mutating func contentsKey(_ key: Key) -> [WalkthroughEffect] {
        answer(mutatingContents { $0.handle(key) })
    }

    private mutating func mutatingContents(_ body: (inout WalkthroughContents) -> WalkthroughContents.Answer) -> WalkthroughContents.Answer {
        guard var c = contents else { return .close }
        let answer = body(&c)
        contents = c
        return answer
    }

    /// Carries out what the list of outcomes asked: closing it leaves the screen as it was.
    private mutating func answer(_ answer: WalkthroughContents.Answer) -> [WalkthroughEffect] {
        switch answer {
        case .stay: return []
        case .help:
            showingHelp = true
            return []
        case .close:
            contents = nil
            return []
        case .go(let row):
            contents = nil
            let target: Int
            switch row {
            case .welcome: target = 0
            case .outcome(let o): target = stops.firstIndex { $0.outcome == o } ?? index
            case .ending: target = stops.count - 1
            }
            return go(to: target, page: 0)
        }
    }

    private mutating func go(to i: Int, page p: Int) -> [WalkthroughEffect] {
        index = i
        page = p
        expanded = []
        current = nil
        progress.position.walkthrough = stop.id(in: almanac)
        return [.savePosition(progress.position)]
    }

    /// A number marks a step on the steps screen, or opens a heading on the guidance screen.
    private mutating func number(_ n: Int) -> [WalkthroughEffect] {
        guard case .outcome(let i, let part, _) = stop else {
            message = "Numbers mark steps on the steps screen."
            return []
        }
        let o = almanac.outcomes[i]
        switch part {
        case .steps:
            let steps = o.steps
            guard n >= 1, n <= steps.count else {
                message = "The steps are numbered 1 to \(steps.count)."
                return []
            }
            guard readOnlyReason == nil else {
                message = StepMark.readOnly
                return []
            }
            let id = steps[n - 1].id
            let mark = StepMark(step: id, number: n, in: progress, at: now(), sayAlways: true)
            progress.apply(mark.change)
            message = mark.message
            current = n - 1
            return [.progress(.record(mark.change))]
        default:
            message = "Numbers mark steps on the steps screen."
            return []
        }
    }

    /// A letter opens or folds a heading on the guidance screen.
    private mutating func letter(_ n: Int) -> [WalkthroughEffect] {
        guard case .outcome(let i, .guidance, _) = stop else {
            message = "That key does nothing here: ? lists the keys."
            return []
        }
        let count = GuidanceItem.items(of: almanac.outcomes[i]).count
        guard count > 0 else {  // a chapter whose line failed (see AlmanacOutcomes)
            message = "That key does nothing here: ? lists the keys."
            return []
        }
        guard n < count else {
            message = "The headings are lettered a to \(WalkthroughContent.guidanceLabels[count - 1])."
            return []
        }
        if expanded.contains(n) { expanded.remove(n) } else { expanded.insert(n) }
        current = n
        // Stay on the page that shows the heading just opened or closed.
        let label = "\(WalkthroughContent.guidanceLabels[n]). "
        let pages = self.pages
        page = pages.firstIndex { $0.contains { $0.text.hasPrefix(label) } } ?? min(page, pages.count - 1)
        return []
    }

    public func render(width: Int, height: Int) -> Screen {
        WalkthroughView.render(viewInput(width: width, height: height), width: width, height: height)
    }

    /// Lays the next screen out while the councillor reads this one, so Enter shows it at once.
    public mutating func idle() -> Bool {
        guard !isFinished, contents == nil, !showingHelp, page + 1 >= pages.count, index + 1 < stops.count else { return false }
        guard !pageMemo.has(pagesKey(of: stops[index + 1], expanded: [], layout: layout)) else { return false }
        _ = pages(of: stops[index + 1], expanded: [], layout: layout)
        return true
    }

    /// The place is saved after the screen it names is drawn: a write never delays a key.
    public func canFollowFrame(_ effect: WalkthroughEffect) -> Bool {
        if case .savePosition = effect { return true }
        return false
    }
}
