/// What a person typed in the line mode: a verb and the rest, as typed.
struct LineCommand: Equatable, Sendable {
    enum Verb: Equatable, Sendable {
        case open(Int)
        case next, previous, back, contents, list, more
        case go, checklist, cases
        case tick, untick, status, note, owner, due, evidence, reason, clear
        case undo, redo, save
        case search, whereAmI, progress, help, quit
        case nothing
        case unknown(String)
    }

    var verb: Verb
    /// What follows the verb, trimmed, in the person's own case.
    var rest: String

    init(_ typed: String) {
        // Tabs and a terminal's carriage return are spaces here.
        let line = String(typed.map { $0 == "\t" || $0 == "\r" ? " " : $0 }).trimmingSpaces
        let first = line.prefix { $0 != " " }
        rest = String(line.dropFirst(first.count)).trimmingSpaces
        let word = first.lowercased()
        if let n = Int(word), n >= 0 {
            verb = .open(n)
            return
        }
        verb = Self.verbs[word] ?? (word.isEmpty ? .nothing : .unknown(String(first)))
    }

    /// Every word understood, with the short forms people reach for.
    static let verbs: [String: Verb] = [
        "next": .next, "n": .next, "previous": .previous, "prev": .previous, "p": .previous,
        "back": .back, "b": .back, "up": .back, "contents": .contents, "home": .contents, "top": .contents,
        "menu": .contents, "list": .list, "l": .list, "ls": .list, "again": .list, "more": .more, "m": .more,
        "checklist": .checklist, "practice": .checklist, "steps": .checklist, "cases": .cases, "case": .cases,
        "go": .go, "open": .go, "goto": .go, "tick": .tick, "done": .tick, "untick": .untick, "status": .status,
        "note": .note, "owner": .owner, "due": .due, "evidence": .evidence, "reason": .reason, "clear": .clear, "undo": .undo, "u": .undo, "redo": .redo,
        "save": .save, "retry": .save, "search": .search, "find": .search, "/": .search,
        "where": .whereAmI, "w": .whereAmI, "progress": .progress, "summary": .progress,
        "help": .help, "h": .help, "?": .help, "quit": .quit, "q": .quit, "exit": .quit, "bye": .quit,
    ]
}
