import AlmanacModel
import AlmanacStorage
import Foundation
import Testing
@testable import AlmanacUI

/// `almanac read`'s state machine on the real content: typed lines in, plain lines out.
@Suite struct LineModeAppTests {
    let almanac = RealContent.almanac
    var security: Int { almanac.outcomes.firstIndex { $0.id == "security-and-resilience" }! }
    var practiceNumber: Int { Part.all(of: almanac.outcomes[security]).count }
    /// A Wednesday: due dates typed as +2w or friday count from it.
    static let today = CalendarDay(year: 2027, month: 3, day: 3)!

    /// Types each line; changes go through a real session on a file, as the command runs them.
    final class Reader {
        var app: LineModeApp
        let session: ProgressSession?
        var out: [String] = []
        var requests: [ProgressRequest] = []
        init(_ app: LineModeApp, session: ProgressSession? = nil) {
            self.app = app
            self.session = session
        }
        @discardableResult
        func type(_ lines: String...) -> [String] {
            var said: [String] = []
            for line in lines {
                let reply = app.handle(line, now: Date())
                said += reply.lines
                if let request = reply.request {
                    requests.append(request)
                    if let session { said += app.receive(session.perform(request)) }
                }
            }
            out += said
            return said
        }
    }

    func reader(_ progress: AlmanacModel.Progress = .init(), readOnly: String? = nil, width: Int = 80,
                file: LiveFile? = nil) -> Reader {
        let session = file?.session()
        return Reader(LineModeApp(almanac: almanac, progress: session?.progress ?? progress, today: Self.today, readOnly: readOnly, width: width),
                      session: session)
    }

    @Test func startsWithTheContentsNumberedFromTheIntroductionToAnnexB() {
        let lines = LineModeApp(almanac: almanac, progress: .init(), today: Self.today).start()
        #expect(lines.contains("0. Introduction and acknowledgements"))
        for o in almanac.outcomes { #expect(lines.contains { $0.hasPrefix("\(o.number). \(o.title): 0 of 9") }) }
        #expect(lines.contains("13. Annex A: contributors"))
        #expect(lines.contains("14. Annex B: councils of notable practice"))
        #expect(lines.contains { $0.contains("help") && $0.contains("quit") })
    }

    @Test func numbersOpenAnOutcomeItsPartsAndItsSteps() {
        let r = reader()
        let outcome = r.type("10").joined(separator: " ")
        #expect(outcome.contains("Outcome 10 of 12: Security and resilience"))
        #expect(outcome.contains("\(practiceNumber). Put into practice"))
        let checklist = r.type("\(practiceNumber)")
        #expect(checklist.contains { $0.hasPrefix("1. Step 10.1.1, not started: Provide mandatory cyber security training") })
        #expect(checklist.contains { $0.hasPrefix("9. Step 10.3.3, not started:") })
        let step = r.type("2").joined(separator: " ")
        #expect(step.contains("Step 10.1.2 of Security and resilience, step 2 of 9"))
        #expect(step.contains("Id: security-and-resilience.1.2"))
        #expect(r.type("back").contains { $0.hasPrefix("1. Step 10.1.1") }, "back from a step returns to its checklist")
        #expect(r.type("back").joined(separator: " ").contains("Outcome 10 of 12"))
        #expect(r.type("99").joined(separator: " ").contains("There is no 99 here. The parts of Security and resilience are numbered 1 to \(practiceNumber)"))
    }

    @Test func aTickIsConfirmedInOneSentenceWithTheOutcomesCount() {
        let file = LiveFile()
        let r = reader(file: file)
        r.type("10", "\(practiceNumber)")
        let said = r.type("tick 1")
        #expect(said.joined(separator: " ") == "Step 10.1.1, Provide mandatory cyber security training for all staff, with a basic "
            + "resilience training programme provided to mitigate against the most common vulnerabilities: done. "
            + "Security and resilience: 1 of 9 applicable steps done.")
        #expect(try! file.store.load().status(of: "security-and-resilience.1.1") == .done)
        r.type("status 2 not applicable")
        #expect(r.type("where").joined(separator: " ").contains("Security and resilience: 1 of 8 applicable steps done."))
        r.type("untick 1")
        #expect(try! file.store.load().status(of: "security-and-resilience.1.1") == .notStarted)
    }

    @Test func statusesNotesOwnersAndDatesChangeOnlyTheirField() throws {
        let file = LiveFile()
        let r = reader(file: file)
        r.type("go 10.1.3")
        #expect(r.type("status in progress").joined(separator: " ").contains(": in progress."))
        // On a step's page the whole rest is the note, even when it begins with a number.
        #expect(r.type("note 3 people trained").joined(separator: " ").contains("note \"3 people trained\""))
        r.type("owner Sam Jones", "due 2027-03-31")
        let step = try file.store.load().step("security-and-resilience.1.3")
        #expect(step.status == .inProgress && step.note == "3 people trained" && step.owner == "Sam Jones" && step.due == "2027-03-31")
        #expect(r.type("due 2027-02-30").joined(separator: " ").contains("Due date 2027-02-30 is not a day of that month"))
        #expect(r.type("status sideways").joined(separator: " ").contains("Unknown status \"sideways\""))
        r.type("clear note", "clear owner")
        let cleared = try file.store.load().step("security-and-resilience.1.3")
        #expect(cleared.note == nil && cleared.owner == nil && cleared.due == "2027-03-31" && cleared.status == .inProgress)
        #expect(r.type("note").joined(separator: " ").contains("has no note"))
    }

    /// Evidence is added, listed and removed by its number; a reason only for not applicable.
    @Test func evidenceAndTheReasonChangeFromTheLineMode() throws {
        let file = LiveFile()
        let r = reader(file: file)
        r.type("go 10.1.3")
        #expect(r.type("evidence").joined(separator: " ").contains("has no evidence"))
        #expect(r.type("evidence https://example.org/minutes").joined(separator: " ").contains("1 evidence item"))
        r.type("evidence Training log 2027")
        var step = try file.store.load().step("security-and-resilience.1.3")
        #expect(step.evidence == [Evidence("https://example.org/minutes"), Evidence("Training log 2027")])
        let listed = r.type("evidence")
        #expect(listed.contains("  1. https://example.org/minutes") && listed.contains("  2. Training log 2027"))
        #expect(r.type("evidence Training log 2027").joined(separator: " ").contains("already has that evidence"))
        #expect(r.type("clear evidence 3").joined(separator: " ").contains("numbered 1 to 2"))
        r.type("clear evidence 1")
        step = try file.store.load().step("security-and-resilience.1.3")
        #expect(step.evidence == [Evidence("Training log 2027")])
        // From a checklist: the step's number, then the item's.
        r.type("checklist 10")
        r.type("clear evidence 3 1")
        #expect(try file.store.load().step("security-and-resilience.1.3").evidence.isEmpty)
        #expect(r.type("clear evidence 3 1").joined(separator: " ").contains("has no evidence to remove"))

        #expect(r.type("reason 3 Done by the county").joined(separator: " ").contains("Type status not applicable first"))
        #expect(try file.store.load().step("security-and-resilience.1.3").reason == nil, "refused: nothing written")
        r.type("status 3 not applicable", "reason 3 Done by the county")
        #expect(try file.store.load().step("security-and-resilience.1.3").reason == "Done by the county")
        #expect(r.type("go 10.1.3").joined(separator: " ").contains("Why not applicable: Done by the county"))
        r.type("clear reason")
        #expect(try file.store.load().step("security-and-resilience.1.3").reason == nil)
        #expect(r.type("help").joined(separator: " ").contains("evidence N TEXT"))
    }

    /// Today is Wednesday 3 March 2027: a counted date is stored, and said, as the day it means.
    @Test func aDueDateCountedFromTodayIsStoredAsItsDate() throws {
        let file = LiveFile()
        let r = reader(file: file)
        r.type("go 10.1.3")
        #expect(r.type("due +2w").joined(separator: " ").contains("due 2027-03-17."))
        #expect(try file.store.load().step("security-and-resilience.1.3").due == "2027-03-17")
        r.type("due Friday")
        #expect(try file.store.load().step("security-and-resilience.1.3").due == "2027-03-05")
        r.type("checklist 10", "due 2 eom")
        #expect(try file.store.load().step("security-and-resilience.1.2").due == "2027-03-31")
        let refused = r.type("due 2 nextweek").joined(separator: " ")
        #expect(refused.contains("Due date 'nextweek' is not a date; type YYYY-MM-DD, today, tomorrow, +3d, +2w, +1m, eow, eom or a weekday"), "\(refused)")
        #expect(try file.store.load().step("security-and-resilience.1.2").due == "2027-03-31", "a refused date changes nothing")
    }

    @Test func checklistAndCasesOpenThosePartsOfThisOrANamedOutcome() {
        let r = reader()
        #expect(r.type("checklist").joined(separator: " ").contains("Which outcome's?"))
        r.type("checklist 10")
        #expect(r.app.place == .part(security, .practice))
        r.type("cases")
        #expect(r.app.place == .part(security, .caseStudies))
        r.type("cases data")
        #expect(r.app.place == .part(1, .caseStudies))
        #expect(r.type("checklist nowhere").joined(separator: " ").contains("unknown outcome"))
    }

    @Test func aStepCanBeNamedByNumberFromAnywhereAndBadNamesSayWhatWorks() {
        let r = reader()
        #expect(r.type("tick 10.1.1").isEmpty && r.requests.count == 1, "10.1.1 names a step from the contents")
        #expect(r.type("tick security-and-resilience.2.1").isEmpty && r.requests.count == 2)
        #expect(r.type("tick 2").joined(separator: " ").contains("Which step?"), "a bare number outside a checklist is not a step")
        #expect(r.type("tick 13.1.1").joined(separator: " ").contains("There is no step \"13.1.1\""))
        r.type("go 10.1.1")
        #expect(r.type("tick 12").joined(separator: " ").contains("There is no step 12 here"))
        #expect(r.requests.count == 2)
    }

    @Test func theSameValueTwiceSendsNothing() {
        var p = AlmanacModel.Progress()
        p.apply(StepChange(step: "data.1.1", [.status(.done)], at: Date()))
        let r = reader(p)
        #expect(r.type("go 2.1.1", "tick").contains { $0.hasPrefix("Nothing to change: Step 2.1.1") })
        #expect(r.requests.isEmpty)
    }

    @Test func notesFromOthersAreShownInertAndTheirLinesKept() {
        var p = AlmanacModel.Progress()
        p.apply(StepChange(step: "data.1.1", [.note("first\u{1B}[31m red\nsecond \u{9B}2J line")], at: Date()))
        let r = reader(p)
        let page = r.type("go 2.1.1")
        #expect(page.contains("  second \\u{9B}2J line") || page.contains { $0.hasPrefix("  second") })
        #expect(!page.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(page.contains { $0.hasPrefix("  first") } && page.contains { $0.hasPrefix("  second") }, "each line of the note is its own")
    }

    @Test func changesSavedElsewhereAreAnnouncedOneLineEach() throws {
        let file = LiveFile()
        let r = reader(file: file)
        r.type("10")
        let other = ProgressStore(path: file.path)
        _ = try other.save([StepChange(step: "data.1.1", [.status(.done)], at: Date()),
                            StepChange(step: "connectivity.1.2", [.owner("Ali")], at: Date())])
        let update = try #require(r.session?.checkForChanges())
        let said = r.app.receive(update)
        #expect(said.contains { $0.hasPrefix("Changed elsewhere: Step 1.1.2, Seek nominations") })
        #expect(said.joined(separator: " ").contains("owner Ali."))
        #expect(said.contains { $0.hasPrefix("Changed elsewhere: Step 2.1.1, Comply with") })
        #expect(said.last == "Overall: 1 of 108 applicable steps done.")
        // Many at once: five, then how many more.
        _ = try other.save(almanac.outcomes[0].steps.map { StepChange(step: $0.id, [.status(.inProgress)], at: Date()) })
        let many = r.app.receive(try #require(r.session?.checkForChanges()))
        #expect(many.filter { $0.hasPrefix("Changed elsewhere") }.count == 5)
        #expect(many.contains("And 4 more steps changed elsewhere; type progress for the totals."))
    }

    @Test func readOnlyProgressRefusesChangesWithTheReason() {
        let r = reader(readOnly: "Read-only: progress.json cannot be read and nothing will be saved.")
        #expect(r.app.start().contains { $0.hasPrefix("Read-only: progress.json") })
        #expect(r.type("tick 10.1.1").joined(separator: " ").hasPrefix("Nothing was changed. Read-only: progress.json"))
        #expect(r.type("undo").joined(separator: " ").hasPrefix("Nothing was changed."))
        #expect(r.requests.isEmpty)
    }

    @Test func aFailedSaveSaysSoAndThatTheChangeIsKept() {
        var r = LineModeApp(almanac: almanac, progress: .init(), today: Self.today)
        let reply = r.handle("tick 2.1.1")
        guard case .record(let change) = reply.request else { Issue.record("no change sent"); return }
        var p = AlmanacModel.Progress()
        p.apply(change)
        let said = r.receive(ProgressUpdate(cause: .saved, progress: p, unsaved: [change], problem: "the disk is full", step: change.step))
        #expect(said.joined(separator: " ").contains("Not saved: the disk is full. The change is kept and saved with your next one; type save to try again now."))
        #expect(r.handle("save").request == .retry)
    }

    @Test func undoAndRedoGoThroughTheSessionAndSayWhatTheStepIsNow() {
        let file = LiveFile()
        let r = reader(file: file)
        r.type("tick 4.1.1")
        let undone = r.type("undo").joined(separator: " ")
        #expect(undone.contains("Undid the change to economic-productivity-and-growth.1.1"))
        #expect(undone.contains("Step 4.1.1,") && undone.contains(": not started."))
        #expect(r.type("redo").joined(separator: " ").contains(": done."))
    }

    @Test func nextReadsTheWholeAlmanacInOrderAndStopsAtTheEnd() {
        let r = reader(width: 60)
        var visited: [LinePlace] = []
        r.type("next")
        while true {
            visited.append(r.app.place)
            let said = r.type("next")
            if said.first?.hasPrefix("This is the end") == true { break }
            #expect(visited.count < 200)
            if visited.count >= 200 { break }
        }
        #expect(visited == ReadingOrder(almanac).places)
        #expect(visited.first == .introduction && visited.last == .annexB)
        // Every line fits the width asked for, unless one word is longer.
        for line in r.out where line.count > 60 { #expect(!line.contains(" "), "too wide: \(line)") }
        // And back: previous walks the same way in reverse.
        var back = 0
        while r.type("previous").first?.hasPrefix("This is the start") != true && back < 200 { back += 1 }
        #expect(r.app.place == .introduction)
    }

    @Test func nextAndPreviousMoveAlongStepsAcrossOutcomes() {
        let r = reader()
        r.type("go 1.3.3", "next")
        #expect(r.app.place == .step(1, 0))
        r.type("previous")
        #expect(r.app.place == .step(0, 8))
        r.type("go 12.3.3")
        #expect(r.type("next").first?.hasPrefix("This is the end") == true)
    }

    @Test func searchListsMatchesInTheSameOrderAsTheSearchCommand() throws {
        let r = reader()
        r.type("3")
        let said = r.type("search data")
        let hits = SearchIndex(almanac: almanac).search(try #require(SearchQuery("data")))
        #expect(said.first == "\(hits.count) matches for data; 1 to 10:")
        let numbered = said.dropFirst().filter { $0.first?.isNumber == true }
        #expect(numbered.count == 10)
        let more = r.type("more")
        #expect(more.first == "\(hits.count) matches for data; 11 to 20:")
        // A number opens its match; back returns to the matches, and back again to where the search began.
        r.type("search LoRaWAN", "1")
        #expect(r.app.place == .step(0, 8))
        r.type("back")
        #expect(r.app.place == .results(query: "LoRaWAN", page: 0))
        r.type("back")
        #expect(r.app.place == .outcome(2))
        #expect(r.type("search zzqqxx").first?.hasPrefix("No matches for zzqqxx") == true)
        #expect(r.type("search").first?.hasPrefix("Search for what?") == true)
    }

    @Test func searchFindsTheFrontMatterAndOpensIt() {
        let r = reader()
        let said = r.type("search Epping")
        #expect(said.contains { $0.contains("Front matter, Annex A") })
        r.type("1")
        #expect(r.app.place == .annexA)
    }

    @Test func goTakesOutcomesByNameStepsAndTheAnnexes() {
        let r = reader()
        r.type("go secur")
        #expect(r.app.place == .outcome(security))
        r.type("go annex b")
        #expect(r.app.place == .annexB)
        r.type("go introduction")
        #expect(r.app.place == .introduction)
        #expect(r.type("go nowhere").joined(separator: " ").contains("unknown outcome 'nowhere'"))
    }

    @Test func caseStudiesAreListedAndReadOneByOne() {
        let r = reader()
        let caseNumber = Part.all(of: almanac.outcomes[0]).firstIndex(of: .caseStudies)! + 1
        let list = r.type("1", "\(caseNumber)")
        let first = almanac.outcomes[0].caseStudies[0]
        #expect(list.contains { $0.hasPrefix("1. \(first.organisation)") })
        let study = r.type("1").joined(separator: " ")
        #expect(study.contains("Case study 1 of \(almanac.outcomes[0].caseStudies.count) in Connectivity: \(first.organisation)."))
        r.type("next")
        #expect(r.app.place == .caseStudy(0, 1))
        r.type("back")
        #expect(r.app.place == .part(0, .caseStudies))
    }

    @Test func wordsItDoesNotKnowGetHelpAndHelpListsEveryCommand() {
        let r = reader()
        #expect(r.type("frobnicate").joined(separator: " ").contains("I do not know \"frobnicate\". Type help"))
        let help = r.type("help").joined(separator: " ")
        for word in ["next", "back", "tick N", "status N WORD", "note N TEXT", "search WORDS", "where", "quit", "undo"] {
            #expect(help.contains(word), "help mentions \(word)")
        }
        #expect(r.type("").isEmpty)
        let quit = r.app.handle("quit")
        #expect(quit.quit)
    }

    @Test func noLineHoldsAControlCharacter() {
        var p = AlmanacModel.Progress()
        p.apply(StepChange(step: "data.1.1", [.note("\u{7}bell\u{1B}]52;c;x\u{7}"), .owner("\u{1B}[2J")], at: Date()))
        let r = reader(p)
        r.type("2", "\(Part.all(of: almanac.outcomes[1]).count)", "1", "note", "owner", "where", "search \u{1B}[2J", "\u{1B}[A")
        let bad = r.out.filter { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }
        #expect(bad.isEmpty, "\(bad)")
    }
}
