import AlmanacExport
import AlmanacModel
import Foundation

/// Foundation has a `Progress` too.
typealias Progress = AlmanacModel.Progress

/// Small content and progress built here, plus the real almanac, for the report tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed content, decoded once per test process.
    static let realAlmanac: Almanac = {
        let path = root.appendingPathComponent("Resources/almanac.jsonl").path
        do {
            return try ContentFile(path: path).almanac()
        } catch {
            fatalError("cannot load \(path): \(error)")
        }
    }()

    static let today = CalendarDay(year: 2026, month: 11, day: 25)!
    /// 2026-11-25T10:30:00Z
    static let generatedAt = Date(timeIntervalSince1970: 1_795_602_600)
    static let changed = Date(timeIntervalSince1970: 1_795_000_000)

    /// Notes and owners as hostile as people can type: escape sequences, markup, table and CSV syntax.
    static let hostileNote = "Clear \u{1B}[2J screen, <script>alert(\"x\")</script> | pipe,\n\"quoted\", comma, &lt; entity\r\nlast line"
    static let hostileOwner = "O'Brien | <b>Ops</b> \u{07}"
    /// The same as every report shows them: controls visible, line breaks kept, `\r\n` as `\n`.
    static let hostileNoteShown = "Clear ^[[2J screen, <script>alert(\"x\")</script> | pipe,\n\"quoted\", comma, &lt; entity\nlast line"
    static let hostileOwnerShown = "O'Brien | <b>Ops</b> ^G"

    /// Two outcomes of two themes of two steps: ids `alpha.1.1` … `beta.2.2`.
    static let almanac: Almanac = {
        let index = try! JSONDecoder().decode(ContentIndex.self, from: Data("""
            {"format":"almanac-content","version":1,"title":"Fixture Almanac","subtitle":"s","source":"s",
             "outcomes":[{"id":"alpha","number":1,"title":"Alpha & Omega","statement":"s"},
                         {"id":"beta","number":2,"title":"Beta","statement":"s"}]}
            """.utf8))
        let front = FrontMatter(acknowledgements: Section(title: "A", blocks: []), introduction: [],
                                contributors: [], experts: [], notablePractice: [], colophon: [])
        func outcome(_ id: String, _ number: Int, _ title: String) -> Outcome {
            let themes = (1...2).map { t in
                Theme(number: t, title: "\(title) theme \(t)", steps: (1...2).map { s in
                    Step(id: "\(id).\(t).\(s)", number: s, text: "Do step \(t).\(s) of \(title) *well* [now]")
                })
            }
            return Outcome(id: id, number: number, title: title, statement: "s",
                           meaning: Section(title: "m", blocks: []), sections: [], tools: nil,
                           caseStudies: [], themes: themes, leaderCheck: nil)
        }
        return Almanac(index: index, front: front,
                       outcomes: [outcome("alpha", 1, "Alpha & Omega"), outcome("beta", 2, "Beta")])
    }()

    /// Alpha: 1 done, 1 in progress and overdue, 1 not applicable, 1 not started due today (not overdue).
    /// Beta: 1 done with a past due date (not overdue), 1 with a hostile note, 1 with a bad date, 1 untouched.
    static let progress: Progress = Progress(steps: [
        "alpha.1.1": StepProgress(status: .done, note: "Signed off, 3 Nov", owner: "Head of IT", changed: changed),
        "alpha.1.2": StepProgress(status: .inProgress, owner: "Jo", due: "2026-11-24", changed: changed),
        "alpha.2.1": StepProgress(status: .notApplicable, note: "No estate", due: "2020-01-01", changed: changed),
        "alpha.2.2": StepProgress(status: .notStarted, due: "2026-11-25", changed: changed),
        "beta.1.1": StepProgress(status: .done, due: "2025-01-01", changed: changed),
        "beta.1.2": StepProgress(status: .inProgress, note: hostileNote, owner: hostileOwner, due: "2027-01-31", changed: changed),
        "beta.2.1": StepProgress(status: .notStarted, due: "31/12/2020", changed: changed),
        "other-edition.9.9": StepProgress(status: .done, changed: changed),
    ])

    static var report: ProgressReport {
        ProgressReport(almanac: almanac, progress: progress, today: today, generatedAt: generatedAt)
    }

    static var realReport: ProgressReport {
        var progress = Progress()
        let steps = realAlmanac.steps
        progress.steps[steps[0].id] = StepProgress(status: .done, changed: changed)
        progress.steps[steps[1].id] = StepProgress(status: .notApplicable, changed: changed)
        progress.steps[steps[2].id] = StepProgress(status: .inProgress, note: hostileNote, owner: hostileOwner,
                                                   due: "2026-01-01", changed: changed)
        return ProgressReport(almanac: realAlmanac, progress: progress, today: today, generatedAt: generatedAt)
    }
}
