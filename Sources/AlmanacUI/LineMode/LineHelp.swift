/// Every command the line mode understands, as `help` prints them.
enum LineHelp {
    static let commands: [(String, String)] = [
        ("a number", "open that item of the list shown (0 is the introduction in the contents)"),
        ("next, previous (n, p)", "the next or previous part, step or case study; next reads the whole almanac in order"),
        ("back (b)", "return to where you came from"),
        ("contents", "the list of everything; list (l) shows the current list again"),
        ("go WHAT", "go data, go 3, go 10.1.1, go introduction, go annex b"),
        ("checklist, cases", "this outcome's checklist or case studies; checklist 10 or cases data for another's"),
        ("search WORDS", "find words anywhere; \"quotes\" for a phrase; more for the next ten matches"),
        ("tick N, untick N", "mark step N of the checklist shown done, or not started (a step may also be written 10.1.1)"),
        ("status N WORD", "done, in progress, not started or not applicable"),
        ("note N TEXT", "set a step's note; note N reads it; clear note N removes it"),
        ("owner N NAME, due N DATE", "who owns it and when it is due (YYYY-MM-DD, or +3d, +2w, +1m, eow, eom, a weekday); clear owner N, clear due N"),
        ("evidence N TEXT", "add a link, a file's path or a document's name as evidence; evidence N lists it; clear evidence N ITEM removes one"),
        ("reason N TEXT", "say why a not-applicable step does not apply; clear reason N removes it"),
        ("undo (u), redo", "take back your last change, or make it again"),
        ("save", "try again to save changes that could not be saved"),
        ("where (w)", "where you are and how that outcome stands"),
        ("progress", "done of applicable steps for every outcome"),
        ("help (h, ?)", "this list"),
        ("quit (q)", "leave; every change is already saved"),
    ]

    static func lines(_ printer: LinePrinter) -> [String] {
        var out = ["Commands; on a step's page, the change commands need no number:"]
        for (keys, meaning) in commands { out += printer.wrap("\(keys): \(meaning).", rest: "  ") }
        return out + ["Changes others save to the same progress file are announced as they happen."]
    }
}
