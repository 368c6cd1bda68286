import AlmanacModel
import Foundation

/// What the line mode answers to one typed line: lines to print (only ever appended), and a
/// change for the progress session when the person made one.
public struct LineReply: Equatable, Sendable {
    public var lines: [String]
    public var request: ProgressRequest?
    public var quit = false
    /// The line was not understood or could not be done; a script's run then ends non-zero.
    public var refused = false

    init(_ lines: [String], request: ProgressRequest? = nil, quit: Bool = false) {
        self.lines = lines
        self.request = request
        self.quit = quit
    }

    /// An answer saying what was wrong and what to type instead.
    static func refusal(_ lines: [String]) -> LineReply {
        var reply = LineReply(lines)
        reply.refused = true
        return reply
    }
}

/// `almanac read`: the almanac and its checklist as numbered menus and typed commands, for
/// screen readers and braille displays, and for scripts. Pure: a typed line in, lines out; the
/// command reads the lines and runs the progress session.
public struct LineModeApp {
    let almanac: Almanac
    let order: ReadingOrder
    let printer: LinePrinter
    /// The user's day, for due dates typed as counted from it (`due 2 +2w`); the command sets it
    /// before each line, so a session past midnight counts from the new day.
    public var today: CalendarDay
    /// The progress as the session last reported it.
    public internal(set) var progress: AlmanacModel.Progress
    /// Why progress is read-only (the session's banner); nil when changes are saved.
    public internal(set) var readOnly: String?
    var place: LinePlace = .contents
    /// Where `back` returns: the places this one was opened from.
    var trail: [LinePlace] = []
    /// Built on the first search, not at start-up.
    var searchIndex: SearchIndex?
    var hits: (query: String, hits: [SearchHit])?
    /// The change sent to the session, described once its answer comes.
    var pending: StepChange?
    /// For progress shared by a team: who set what, shown on a step's page.
    var team: TeamView?
    /// The team's notice last said (folder out of reach, damaged files), so it is said once.
    var notice: String?

    public init(almanac: Almanac, progress: AlmanacModel.Progress, today: CalendarDay, readOnly: String? = nil, width: Int = 80,
                team: TeamView? = nil, notice: String? = nil) {
        self.almanac = almanac
        self.today = today
        self.progress = progress
        self.readOnly = readOnly
        self.team = team
        self.notice = notice
        order = ReadingOrder(almanac)
        printer = LinePrinter(width: max(20, width))
    }

    /// The first lines: what this is, how to get help, and the contents.
    public func start() -> [String] {
        var out = printer.wrap("\(almanac.index.title), line by line. Type a number to open an item, next or back to move, help for every command, quit to leave.")
        if let readOnly { out += printer.wrap(readOnly) }
        if let notice { out += printer.wrap(notice) }
        return printer.fit(out + [""] + page(.contents))
    }

    /// Answers one typed line, at `now` (the time any change is made).
    public mutating func handle(_ typed: String, now: Date = Date()) -> LineReply {
        var reply = answer(typed, now: now)
        reply.lines = printer.fit(reply.lines)
        return reply
    }

    mutating func answer(_ typed: String, now: Date) -> LineReply {
        let command = LineCommand(typed)
        switch command.verb {
        case .nothing: return LineReply([])
        case .open(let n): return open(number: n)
        case .next: return move(forward: true)
        case .previous: return move(forward: false)
        case .back: return back()
        case .contents:
            trail = []
            return show(.contents)
        case .list: return LineReply(page(place))
        case .more: return more()
        case .go: return go(command.rest)
        case .checklist: return openPart(.practice, of: command.rest)
        case .cases: return openPart(.caseStudies, of: command.rest)
        case .tick, .untick, .status, .note, .owner, .due, .evidence, .reason, .clear:
            return edit(command, now: now)
        case .undo: return ask(.undo)
        case .redo: return ask(.redo)
        case .save: return ask(.retry)
        case .search: return search(command.rest)
        case .whereAmI: return LineReply(whereLines())
        case .progress: return LineReply(progressLines())
        case .help: return LineReply(LineHelp.lines(printer))
        case .quit: return LineReply(["Goodbye."], quit: true)
        case .unknown(let word):
            return .refusal(printer.wrap("I do not know \"\(DisplayText.safe(word))\". Type help for the commands, or a number from the list (list shows it again)."))
        }
    }

    // MARK: Moving

    /// Opens `place`, remembering where `back` returns.
    mutating func openPlace(_ target: LinePlace) -> LineReply {
        // From a step to the next one chosen by number: back still leads to their list.
        let sibling: Bool
        switch (place, target) {
        case (.step(let a, _), .step(let b, _)), (.caseStudy(let a, _), .caseStudy(let b, _)), (.part(let a, _), .part(let b, _)):
            sibling = a == b
        default: sibling = false
        }
        if target != place, !sibling { trail.append(place) }
        return show(target)
    }

    /// Shows `target` without changing the trail.
    mutating func show(_ target: LinePlace) -> LineReply {
        place = target
        return LineReply(page(target))
    }

    mutating func open(number n: Int) -> LineReply {
        guard let target = numbered(n, at: place) else {
            return .refusal(printer.wrap("There is no \(n) here. " + numbersHint(at: place)))
        }
        return openPlace(target)
    }

    mutating func move(forward: Bool) -> LineReply {
        guard let target = neighbour(of: place, forward: forward) else {
            let end = forward ? "This is the end: there is nothing after it." : "This is the start: there is nothing before it."
            return LineReply(printer.wrap(end + " Type back, or contents for the list of everything."))
        }
        // Next and previous move along; back still returns to where this run of them began.
        return show(target)
    }

    mutating func back() -> LineReply {
        if let last = trail.popLast() { return show(last) }
        guard let up = parent(of: place) else { return LineReply(printer.wrap("This is the contents: there is nothing to go back to.")) }
        return show(up)
    }

    mutating func more() -> LineReply {
        guard case .results(let query, let page) = place else {
            return LineReply(printer.wrap("more continues a list of search matches; there is none here. Type search and some words."))
        }
        let count = hits?.hits.count ?? 0
        guard (page + 1) * LinePages.hitsPerPage < count else { return LineReply(["That was the last match."]) }
        return show(.results(query: query, page: page + 1))
    }

    /// `go data`, `go 10`, `go 10.1.1`, `go security-and-resilience.1.1`, `go introduction`.
    mutating func go(_ what: String) -> LineReply {
        let key = what.lowercased()
        if key.isEmpty { return .refusal(printer.wrap("Go where? For example: go data, go 3, go 10.1.1, go introduction, go annex b.")) }
        switch key {
        case "contents", "home", "top": return openPlace(.contents)
        case "introduction", "intro", "0": return openPlace(.introduction)
        case "annex a", "annex-a", "annexa", "a", "contributors": return openPlace(.annexA)
        case "annex b", "annex-b", "annexb", "b", "notable practice": return openPlace(.annexB)
        default: break
        }
        if let (o, i) = stepPosition(key) { return openPlace(.step(o, i)) }
        switch OutcomeResolver(almanac.index).resolve(key) {
        case .found(let entry): return openPlace(.outcome(entry.number - 1))
        case .notFound(let message):
            return .refusal(printer.wrap(DisplayText.safe(message) + ". A step is written like 10.1.1; also introduction, annex a, annex b."))
        }
    }

    /// `checklist` or `cases`: that part of the outcome named, or of the one the person is in.
    mutating func openPart(_ part: Part, of named: String) -> LineReply {
        var o = place.outcome
        if !named.isEmpty {
            switch OutcomeResolver(almanac.index).resolve(named) {
            case .found(let entry): o = entry.number - 1
            case .notFound(let message): return .refusal(printer.wrap(DisplayText.safe(message) + "."))
            }
        }
        guard let o else {
            let word = part == .practice ? "checklist" : "cases"
            return .refusal(printer.wrap("Which outcome's? Open one first, or name it: \(word) 10, \(word) data."))
        }
        return openPlace(.part(o, part))
    }

    /// Up one level: a step to its checklist, a part to its outcome, an outcome to the contents.
    func parent(of place: LinePlace) -> LinePlace? {
        switch place {
        case .contents: nil
        case .introduction, .annexA, .annexB, .outcome, .results: .contents
        case .part(let o, _): .outcome(o)
        case .caseStudy(let o, _): .part(o, .caseStudies)
        case .step(let o, _): .part(o, .practice)
        }
    }

    func neighbour(of place: LinePlace, forward: Bool) -> LinePlace? {
        let d = forward ? 1 : -1
        switch place {
        case .contents: return forward ? .introduction : nil
        case .outcome(let o): return forward ? .part(o, .overview) : (o > 0 ? .outcome(o - 1) : .introduction)
        case .step(let o, let i):
            let j = i + d
            if almanac.outcomes[o].steps.indices.contains(j) { return .step(o, j) }
            let p = o + d
            guard almanac.outcomes.indices.contains(p) else { return nil }
            return .step(p, forward ? 0 : almanac.outcomes[p].steps.count - 1)
        case .caseStudy(let o, let i):
            if almanac.outcomes[o].caseStudies.indices.contains(i + d) { return .caseStudy(o, i + d) }
            return forward ? order.after(.part(o, .caseStudies)) : .part(o, .caseStudies)
        case .results(let q, let page):
            let count = hits?.hits.count ?? 0
            let to = page + d
            return to >= 0 && to * LinePages.hitsPerPage < count ? .results(query: q, page: to) : nil
        default:
            return forward ? order.after(place) : order.before(place)
        }
    }

    /// What number `n` opens where the person is.
    func numbered(_ n: Int, at place: LinePlace) -> LinePlace? {
        switch place {
        case .contents, .introduction, .annexA, .annexB:
            if n == 0 { return .introduction }
            if n <= almanac.outcomes.count { return .outcome(n - 1) }
            if n == almanac.outcomes.count + 1 { return .annexA }
            if n == almanac.outcomes.count + 2 { return .annexB }
            return nil
        case .outcome(let o), .part(let o, .overview), .part(let o, .section), .part(let o, .tools):
            let parts = Part.all(of: almanac.outcomes[o])
            return parts[safe: n - 1].map { .part(o, $0) }
        case .part(let o, .practice), .step(let o, _):
            return almanac.outcomes[o].steps.indices.contains(n - 1) ? .step(o, n - 1) : nil
        case .part(let o, .caseStudies), .caseStudy(let o, _):
            return almanac.outcomes[o].caseStudies.indices.contains(n - 1) ? .caseStudy(o, n - 1) : nil
        case .results:
            return hits?.hits[safe: n - 1].flatMap { destination(of: $0) }
        }
    }

    func numbersHint(at place: LinePlace) -> String {
        switch place {
        case .contents, .introduction, .annexA, .annexB:
            "The contents are numbered 0 to \(almanac.outcomes.count + 2)."
        case .outcome(let o), .part(let o, .overview), .part(let o, .section), .part(let o, .tools):
            "The parts of \(almanac.outcomes[o].title) are numbered 1 to \(Part.all(of: almanac.outcomes[o]).count)."
        case .part(let o, .practice), .step(let o, _):
            "The steps are numbered 1 to \(almanac.outcomes[o].steps.count); a step elsewhere is written like 10.1.1."
        case .part(let o, .caseStudies), .caseStudy(let o, _):
            "The case studies are numbered 1 to \(almanac.outcomes[o].caseStudies.count)."
        case .results:
            "The matches are numbered 1 to \(hits?.hits.count ?? 0)."
        }
    }

    // MARK: Steps

    /// A step from what was typed: `10.1.1` (outcome number, theme, step) or its id.
    func stepPosition(_ typed: String) -> (Int, Int)? {
        let key = typed.lowercased()
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 3, let n = Int(parts[0]), let t = Int(parts[1]), let s = Int(parts[2]),
           let o = almanac.outcomes.firstIndex(where: { $0.number == n }),
           let i = almanac.outcomes[o].steps.firstIndex(where: { $0.id == "\(almanac.outcomes[o].id).\(t).\(s)" }) {
            return (o, i)
        }
        for (o, outcome) in almanac.outcomes.enumerated() {
            if let i = outcome.steps.firstIndex(where: { $0.id == key }) { return (o, i) }
        }
        return nil
    }

    /// `Step 10.1.1`: the outcome's number, then the theme and step.
    func label(_ o: Int, _ i: Int) -> String {
        let outcome = almanac.outcomes[o]
        let step = outcome.steps[i]
        return "Step \(outcome.number)" + step.id.dropFirst(outcome.id.count)
    }

    /// A step's text without its closing full stop, for the middle of a sentence.
    func phrase(_ o: Int, _ i: Int) -> String {
        var text = almanac.outcomes[o].steps[i].text
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    func tally(_ o: Int) -> StepTally { StepTally(almanac.outcomes[o].steps.map(\.id), in: progress) }

    /// `Security and resilience: 4 of 8 applicable steps done.`
    func tallySentence(_ o: Int) -> String {
        let t = tally(o)
        return "\(almanac.outcomes[o].title): \(t.done) of \(t.applicable) applicable steps done."
    }

    func overallSentence() -> String {
        let t = StepTally(almanac.steps.map(\.id), in: progress)
        return "Overall: \(t.done) of \(t.applicable) applicable steps done"
            + (t.inProgress > 0 ? ", \(t.inProgress) in progress" : "") + "."
    }
}
