import Foundation
import XCTest

/// `almanac set --evidence/--evidence-label/--remove-evidence/--reason` as a person types them,
/// and what `steps` and an older file make of the result.
final class EvidenceCommandTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    private func file() throws -> String { try String(contentsOfFile: cli.defaultFile, encoding: .utf8) }

    func testAddLabelListAndRemove() throws {
        var r = try cli.run("set", "data.1.1", "--evidence", "https://council.example/minutes", "--evidence-label", "Minutes",
                            "--evidence", "/shared/policy.pdf")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "data.1.1  not-started  evidence: 2\n  evidence 1. Minutes: https://council.example/minutes\n"
                              + "  evidence 2. /shared/policy.pdf\n")
        XCTAssertTrue(try file().contains("\"version\" : 3"))
        r = try cli.run("steps", "data")
        XCTAssertTrue(r.out.contains("        evidence 2. /shared/policy.pdf"), r.out)
        r = try cli.run("set", "data.1.1", "--remove-evidence", "1", "--json")
        XCTAssertEqual(r.status, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let step = try XCTUnwrap((json["steps"] as? [[String: Any]])?.first)
        XCTAssertEqual((step["evidence"] as? [[String: Any]])?.map { $0["text"] as? String }, ["/shared/policy.pdf"])
        XCTAssertEqual((step["evidence"] as? [[String: Any]])?.first?["kind"] as? String, "file")
    }

    func testABadNumberIsRefusedAndNothingIsWritten() throws {
        XCTAssertEqual(try cli.run("set", "data.1.1", "--evidence", "a.pdf").status, 0)
        let before = try file()
        for n in ["2", "0", "-1"] {
            let r = try cli.run("set", "data.1.1", "--remove-evidence", n, "--note", "x")
            XCTAssertEqual(r.status, 2, "\(n): \(r.err)")
            XCTAssertTrue(r.err.contains("no evidence item \(n); its items are numbered 1-1"), r.err)
        }
        let none = try cli.run("set", "data.1.2", "--remove-evidence", "1")
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.err.contains("data.1.2 has no evidence to remove"), none.err)
        XCTAssertEqual(try file(), before, "nothing written, not even the note")
    }

    func testUsageMistakesSayWhatToDo() throws {
        var r = try cli.run("set", "data.1.1", "--evidence-label", "x")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--evidence-label labels an --evidence"), r.err)
        r = try cli.run("set", "data.1.1", "--evidence", "a", "--evidence-label", "x", "--evidence-label", "y")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("2 --evidence-label for 1 --evidence"), r.err)
        r = try cli.run("set", "data.1.1", "--evidence", "  ")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--evidence needs text"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.defaultFile))
    }

    func testAReasonNeedsNotApplicable() throws {
        var r = try cli.run("set", "data.1.1", "--reason", "No parks")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--reason is for a step that is not applicable, and data.1.1 is not-started; add --status not-applicable"), r.err)
        r = try cli.run("set", "data.1.1", "--reason", "No parks", "--status", "done")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("would be done"), r.err)
        r = try cli.run("set", "data.1.1", "--reason", "No parks", "--status", "not-applicable")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("reason: No parks"), r.out)
        r = try cli.run("set", "data.1.1", "--reason", "County's")   // already not applicable
        XCTAssertEqual(r.status, 0, r.err)
        r = try cli.run("set", "data.1.1", "--reason", "")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertFalse(try file().contains("County"), "'' clears it")
    }

    func testHostileTextIsStoredAsTypedAndShownInert() throws {
        let r = try cli.run("set", "data.1.1", "--evidence", "https://x.example/\u{1B}]0;owned\u{7}", "--evidence-label", "\u{202E}fdp.exe")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertFalse(r.out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" }, r.out)
        XCTAssertTrue(r.out.contains("\\u{202E}fdp.exe: https://x.example/^[]0;owned^G"), r.out)
        XCTAssertTrue(try file().contains("\\u001b]0;owned\\u0007"), "the file keeps it as typed")
        let steps = try cli.run("steps", "data")
        XCTAssertFalse(steps.out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    func testAnOlderFileStillReadsAndStaysVersion2UntilEvidenceIsAdded() throws {
        cli.write(cli.defaultFile, #"{"version": 1, "steps": {"data.1.1": {"status": "done", "changed": "2026-01-01T00:00:00.000Z"}}}"#)
        XCTAssertEqual(try cli.run("set", "data.1.1", "--note", "n").status, 0)
        XCTAssertTrue(try file().contains("\"version\" : 2"))
        XCTAssertEqual(try cli.run("set", "data.1.1", "--evidence", "x").status, 0)
        XCTAssertTrue(try file().contains("\"version\" : 3"))
    }

    func testShowAStepListsItsEvidenceNumbered() throws {
        XCTAssertEqual(try cli.run("set", "data.1.1", "--evidence", "a.pdf", "--evidence", "https://x.example", "--evidence-label", "").status, 0)
        var r = try cli.run("show", "data.1.1")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("Comply with the Data Protection Act 2018"), r.out)
        XCTAssertTrue(r.out.contains("evidence:\n  1. a.pdf\n  2. https://x.example\n"), r.out)
        r = try cli.run("show", "data.9.9")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("unknown step 'data.9.9'"), r.err)
        r = try cli.run("show", "data.1.1", "--json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual((json["evidence"] as? [[String: Any]])?.compactMap { $0["link"] as? String }, ["https://x.example"])
    }
}
