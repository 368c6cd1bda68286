import XCTest
import AlmanacModel

/// The progress commands as a user runs them.
final class ProgressCommandsTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    private func statusJSON(_ extra: [String] = []) throws -> [String: Any] {
        let r = try cli.run(["status", "--json"] + extra)
        XCTAssertEqual(r.status, 0, r.err)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    }

    private func outcomeRow(_ json: [String: Any], _ id: String) -> [String: Any]? {
        (json["outcomes"] as? [[String: Any]])?.first { $0["outcome"] as? String == id }
    }

    func testTickUntickAndSetAreCountedByStatus() throws {
        var r = try cli.run("tick", "inclusion.2.3", "inclusion.1.1")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("done: inclusion.2.3"), r.out)
        XCTAssertTrue(r.out.contains("Overall 2/108 done"), r.out)
        r = try cli.run("set", "inclusion.3.1", "--status", "n/a")
        XCTAssertEqual(r.status, 0, r.err)
        var json = try statusJSON()
        let inclusion = try XCTUnwrap(outcomeRow(json, "inclusion"))
        XCTAssertEqual(inclusion["done"] as? Int, 2)
        XCTAssertEqual(inclusion["total"] as? Int, 8, "not applicable leaves the count")
        XCTAssertEqual(json["total"] as? Int, 107)
        r = try cli.run("untick", "inclusion.2.3")
        XCTAssertEqual(r.status, 0, r.err)
        json = try statusJSON()
        XCTAssertEqual(json["done"] as? Int, 1)
        r = try cli.run("status", "inclusion")
        XCTAssertTrue(r.out.contains("[x] inclusion.1.1"), r.out)
        XCTAssertTrue(r.out.contains("[-] inclusion.3.1"), r.out)
        XCTAssertTrue(r.out.contains("[ ] inclusion.2.3"), r.out)
        XCTAssertTrue(try cli.run("status", "6").out.contains("[x] inclusion.1.1"))
    }

    /// The issue's case: one step not applicable and one done in Security and resilience is 1/8
    /// there and 1/107 overall, in every command and every export format.
    func testEveryCommandAndFormatCountsDoneOfApplicable() throws {
        XCTAssertEqual(try cli.run("set", "security-and-resilience.1.1", "--status", "not-applicable").status, 0)
        XCTAssertEqual(try cli.run("tick", "security-and-resilience.1.2").status, 0)
        let status = try cli.run("status")
        XCTAssertTrue(status.out.contains("1/107"), status.out)
        XCTAssertTrue(status.out.contains("1/8"), status.out)
        let json = try statusJSON()
        let row = try XCTUnwrap(outcomeRow(json, "security-and-resilience"))
        XCTAssertEqual(row["done"] as? Int, 1)
        XCTAssertEqual(row["total"] as? Int, 8)
        XCTAssertEqual(json["total"] as? Int, 107)
        let markdown = try cli.run("export", "--format", "markdown")
        XCTAssertTrue(markdown.out.contains("| **All outcomes** | 1 of 107 |"), markdown.out)
        XCTAssertTrue(markdown.out.contains("| 10. Security and resilience | 1 of 8 |"), markdown.out)
        let html = try cli.run("export", "--format", "html")
        XCTAssertTrue(html.out.contains("1 of 8"), "html")
        let report = try cli.run("export", "--format", "json")
        XCTAssertTrue(report.out.contains("\"applicable\" : 107"), String(report.out.prefix(400)))
        let csv = try cli.run("export", "--format", "csv")
        let rows = csv.out.split(separator: "\n").filter { $0.hasPrefix("security-and-resilience") || $0.contains(",security-and-resilience") }
        XCTAssertEqual(rows.filter { $0.contains(",not-applicable,") }.count, 1, csv.out)
        XCTAssertEqual(rows.filter { $0.contains(",done,") }.count, 1, csv.out)
    }

    func testSetNoteOwnerDueAndClearing() throws {
        var r = try cli.run("set", "data.1.1", "--status", "in-progress", "--note", "Ask IT", "--owner", "Sam", "--due", "2000-01-31")
        XCTAssertEqual(r.status, 0, r.err)
        var step = try XCTUnwrap(try cli.load(cli.defaultFile).steps["data.1.1"])
        XCTAssertEqual([step.note, step.owner, step.due], ["Ask IT", "Sam", "2000-01-31"])
        r = try cli.run("status")
        XCTAssertTrue(r.out.contains("In progress (1):"), r.out)
        XCTAssertTrue(r.out.contains("Overdue (1):"), r.out)
        XCTAssertTrue(r.out.contains("owner: Sam"), r.out)
        let overdue = try XCTUnwrap(try statusJSON()["overdue"] as? [[String: Any]])
        XCTAssertEqual(overdue.first?["id"] as? String, "data.1.1")
        r = try cli.run("set", "data.1.1", "--note", "", "--due", "")
        XCTAssertEqual(r.status, 0, r.err)
        step = try XCTUnwrap(try cli.load(cli.defaultFile).steps["data.1.1"])
        XCTAssertNil(step.note)
        XCTAssertNil(step.due)
        XCTAssertEqual(step.owner, "Sam")
    }

    /// --today fixes the day (Tuesday 1 December 2026) that +2w and friday count from.
    func testSetDueCountedFromTodayStoresAndPrintsTheDate() throws {
        var r = try cli.run("set", "data.1.1", "--due", "+2w", "--today", "2026-12-01")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("due: 2026-12-15"), r.out)
        XCTAssertEqual(try cli.load(cli.defaultFile).steps["data.1.1"]?.due, "2026-12-15")
        r = try cli.run("set", "data.1.1", "--due", "Friday", "--today", "2026-12-01", "--json")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("\"due\" : \"2026-12-04\""), r.out)
        XCTAssertEqual(try cli.load(cli.defaultFile).steps["data.1.1"]?.due, "2026-12-04")
        r = try cli.run("set", "data.1.1", "--due", "eom", "--today", "2027-02-10")
        XCTAssertTrue(r.out.contains("due: 2027-02-28"), r.out)
        let before = cli.bytes(cli.defaultFile)
        r = try cli.run("set", "data.1.1", "--due", "nextweek", "--today", "2026-12-01")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("almanac: due date 'nextweek' is not a date; type YYYY-MM-DD, today, tomorrow, +3d, +2w, +1m, eow, eom or a weekday, or '' to clear it"), r.err)
        r = try cli.run("set", "data.1.1", "--due", "-3d")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("due date '-3d' is in the past; count forward from today, e.g. +3d"), r.err)
        r = try cli.run("set", "data.1.1", "--due", "+2w", "--today", "1/12/2026")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--today \"1/12/2026\" is not a date"), r.err)
        XCTAssertEqual(cli.bytes(cli.defaultFile), before, "a refused date writes nothing")
    }

    func testUnknownStepIsRefusedWithSuggestionsAndNothingWritten() throws {
        var r = try cli.run("tick", "inclusion.9.9")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("unknown step 'inclusion.9.9'; did you mean inclusion."), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.defaultFile))
        XCTAssertEqual(try cli.run("tick", "data.1.1").status, 0)
        let before = cli.bytes(cli.defaultFile)
        r = try cli.run("tick", "data.1.2", "inclusoin.2.3")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("did you mean inclusion.2.3"), r.err)
        XCTAssertEqual(cli.bytes(cli.defaultFile), before, "no partial tick of data.1.2")
        r = try cli.run("set", "nonsense", "--note", "x")
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(cli.bytes(cli.defaultFile), before)
    }

    func testBadStatusAndDateListTheAcceptedForms() throws {
        var r = try cli.run("set", "data.1.1", "--status", "halfway")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("not-started, in-progress, done, not-applicable"), r.err)
        r = try cli.run("set", "data.1.1", "--due", "31/03/2027")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("YYYY-MM-DD"), r.err)
        r = try cli.run("set", "data.1.1")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("nothing to set"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.defaultFile))
    }

    func testTypedEscapeSequencesAreStoredButNeverPrinted() throws {
        let hostile = "Call \u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m now\nplease"
        var r = try cli.run("set", "data.1.1", "--status", "started", "--note", hostile, "--owner", "\u{1B}[5mBlink")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(try cli.load(cli.defaultFile).steps["data.1.1"]?.note, hostile, "stored exactly")
        for args in [["status"], ["status", "data"], ["backups"], ["profiles"]] {
            r = try cli.run(args)
            XCTAssertFalse(r.out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{07}" },
                           "\(args): \(r.out)")
        }
        XCTAssertTrue(try cli.run("status").out.contains("Call ^[]0;owned^G^[[2J\\u{9B}31m now\\nplease"))
    }

    func testProfilesAreSeparateFilesAndNamesAreChecked() throws {
        XCTAssertEqual(try cli.run("tick", "data.1.1", "--profile", "housing").status, 0)
        XCTAssertEqual(try cli.run("tick", "data.1.1", "data.1.2", "--profile", "adult-care").status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cli.dataFolder + "/profiles/housing.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.defaultFile))
        var r = try cli.run("profiles")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("adult-care  2/108 done"), r.out)
        XCTAssertTrue(r.out.contains("housing     1/108 done"), r.out)
        r = try cli.run("compare", "--profiles")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("adult-care"), r.out)
        XCTAssertTrue(r.out.contains("2/108"), r.out)
        r = try cli.run("tick", "data.1.1", "--profile", "../escape")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("not a valid profile name"), r.err)
        r = try cli.run("tick", "data.1.1", "--profile", "a", "--progress", "b.json")
        XCTAssertEqual(r.status, 2)
    }

    func testProgressOptionAndEnvironmentPickTheFile() throws {
        let file = cli.home + "/elsewhere/team.json"
        XCTAssertEqual(try cli.run("tick", "value.1.1", "--progress", file).status, 0)
        XCTAssertEqual(try cli.load(file).steps.count, 1)
        let r = try cli.shell("ALMANAC_PROGRESS='\(file)' \"$ALMANAC\" status --json")
        XCTAssertTrue(r.out.contains("\"done\" : 1"), r.out)
    }

    func testMergeReportsChangesAndConflictsAndKeepsBothNotes() throws {
        let mine = cli.home + "/mine.json", theirs = cli.home + "/theirs.json"
        XCTAssertEqual(try cli.run("set", "data.1.1", "--status", "done", "--note", "Signed off", "--progress", mine).status, 0)
        usleep(5000)
        XCTAssertEqual(try cli.run("set", "data.1.1", "--status", "in-progress", "--note", "Waiting on IT",
                                   "--owner", "Sam", "--progress", theirs).status, 0)
        XCTAssertEqual(try cli.run("tick", "value.2.2", "--progress", theirs).status, 0)
        var r = try cli.run("merge", theirs, "--progress", mine)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("2 steps changed, 1 conflict"), r.out)
        XCTAssertTrue(r.out.contains("conflict data.1.1: kept in-progress from theirs.json"), r.out)
        let merged = try cli.load(mine)
        XCTAssertEqual(merged.steps["value.2.2"]?.status, .done)
        XCTAssertEqual(merged.steps["data.1.1"]?.note, "Waiting on IT\n[from mine.json] Signed off")
        r = try cli.run("merge", theirs, "--progress", mine, "--json")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("\"wrote\" : false"), "merging again changes nothing: \(r.out)")
        r = try cli.run("merge", cli.home + "/missing.json", "--progress", mine)
        XCTAssertEqual(r.status, 2)
        r = try cli.run("compare", mine, theirs, "--json")
        XCTAssertEqual(r.status, 0, r.err)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["done"] as? Int }, [1, 1])
    }

    private func backupRows() throws -> [[String: Any]] {
        let r = try cli.run("backups", "--json")
        XCTAssertEqual(r.status, 0, r.err)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
    }

    func testBackupsAndRestore() throws {
        XCTAssertEqual(try cli.run("tick", "data.1.1").status, 0)
        XCTAssertEqual(try cli.run("tick", "data.1.2").status, 0)
        XCTAssertEqual(try cli.run("tick", "data.1.3").status, 0)
        // Ticks in quick succession keep one backup: the version before them.
        XCTAssertEqual(try backupRows().map { $0["done"] as? Int }, [1])
        let other = cli.home + "/other.json"
        XCTAssertEqual(try cli.run("tick", "data.2.1", "--progress", other).status, 0)
        XCTAssertEqual(try cli.run("merge", other).status, 0)
        var r = try cli.run("backups")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("  1  "), r.out)
        XCTAssertTrue(r.out.range(of: #"  1  \S+ \S+ UTC  before merge    3/108 done, 0 in progress"#,
                                  options: .regularExpression) != nil, r.out)
        XCTAssertTrue(r.out.range(of: #"  2  \S+ \S+ UTC  editing         1/108 done"#,
                                  options: .regularExpression) != nil, r.out)
        r = try cli.run("restore", "2")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("UTC, editing)"), r.out)
        // Steps ticked since are put back to not started, as a new change.
        XCTAssertEqual(try cli.load(cli.defaultFile).steps.filter { $0.value.status == .done }.count, 1)
        var rows = try backupRows()
        XCTAssertEqual(rows.map { $0["reason"] as? String }, ["restore", "merge", "editing"])
        XCTAssertEqual(rows.first?["done"] as? Int, 4, "the replaced version is backup 1")
        // Undo the merge's effect by going back to just before it.
        r = try cli.run("restore", "2")
        XCTAssertTrue(r.out.contains("UTC, before merge)"), r.out)
        XCTAssertEqual(try cli.load(cli.defaultFile).steps.filter { $0.value.status == .done }.keys.sorted(), ["data.1.1", "data.1.2", "data.1.3"])
        rows = try backupRows()
        XCTAssertEqual(rows.map { $0["reason"] as? String }, ["restore", "restore", "merge", "editing"])
        r = try cli.run("restore", "99")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("no backup 99"), r.err)
    }

    func testBackupsFromBeforeReasonsListAsEditingAndRestore() throws {
        XCTAssertEqual(try cli.run("tick", "data.1.1").status, 0)
        cli.write(cli.defaultFile + ".backups/20260101T080000.000Z.json", """
            {"version": 1, "steps": {"data.3.1": {"status": "done", "changed": "2026-01-01T00:00:00Z"}}}
            """)
        var rows = try backupRows()
        XCTAssertEqual(rows.map { $0["reason"] as? String }, ["editing"])
        XCTAssertEqual(rows.first?["done"] as? Int, 1)
        XCTAssertTrue(try cli.run("backups").out.contains("  1  2026-01-01 08:00:00 UTC  editing "))
        let r = try cli.run("restore", "1")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(try cli.load(cli.defaultFile).steps.filter { $0.value.status == .done }.keys.sorted(), ["data.3.1"])
        rows = try backupRows()
        XCTAssertEqual(rows.map { $0["reason"] as? String }, ["restore", "editing"])
        XCTAssertEqual(rows.map { $0["done"] as? Int }, [1, 1])
    }

    func testUnknownIDsInTheFileAreKeptAndCounted() throws {
        cli.write(cli.defaultFile, """
            {"version": 1, "steps": {"retired-outcome.1.1": {"status": "done", "changed": "2024-01-01T00:00:00Z", "note": "from 2022"}}}
            """)
        XCTAssertEqual(try cli.run("tick", "data.1.1").status, 0)
        XCTAssertEqual(try cli.run("set", "data.1.2", "--note", "x").status, 0)
        XCTAssertEqual(try cli.run("restore", "1").status, 0)
        XCTAssertEqual(try cli.load(cli.defaultFile).steps["retired-outcome.1.1"]?.note, "from 2022")
        XCTAssertTrue(try cli.run("status").out.contains("1 step id not in this edition"))
        XCTAssertEqual(try statusJSON()["unknownIds"] as? Int, 1)
    }
}

/// `steps` shows each step's progress and filters by status.
final class StepsWithProgressTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    func testStepsShowStatusOwnerDueAndFilter() throws {
        XCTAssertEqual(try cli.run("tick", "data.1.1").status, 0)
        XCTAssertEqual(try cli.run("set", "data.2.1", "--status", "started", "--owner", "Sam", "--due", "2027-03-31").status, 0)
        var r = try cli.run("steps", "data")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("[x] data.1.1"), r.out)
        XCTAssertTrue(r.out.contains("[~] data.2.1"), r.out)
        XCTAssertTrue(r.out.contains("owner: Sam; due: 2027-03-31"), r.out)
        r = try cli.run("steps", "--status", "in-progress")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("data.2.1"), r.out)
        XCTAssertFalse(r.out.contains("data.1.1"), r.out)
        r = try cli.run("steps", "--status", "done", "--json")
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["id"] as? String }, ["data.1.1"])
        XCTAssertEqual(rows.first?["status"] as? String, "done")
        r = try cli.run("steps", "--status", "nearly")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("not-started, in-progress"), r.err)
    }

    func testADamagedFileDoesNotStopListingButDoesStopFiltering() throws {
        cli.write(cli.defaultFile, "{\"version\": 1, \"steps\": {")
        var r = try cli.run("steps", "data")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("progress not shown"), r.err)
        XCTAssertTrue(r.out.contains("[ ] data.1.1"), r.out)
        r = try cli.run("steps", "--status", "done")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("truncated"), r.err)
    }
}
