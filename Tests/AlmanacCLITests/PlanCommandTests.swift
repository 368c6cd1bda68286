import Foundation
import XCTest

/// `almanac plan`: the wiring of its options to the plan, its errors and its output file.
final class PlanCommandTests: XCTestCase {
    var cli: CLI!

    override func setUp() {
        cli = CLI()
        for args in [["set", "data.1.1", "--status", "in-progress", "--owner", "Sam", "--due", "2026-01-31"],
                     ["set", "data.1.2", "--owner", "Ann", "--due", "2026-12-31", "--note", "Waiting on IT"],
                     ["set", "connectivity.1.1", "--status", "done"],
                     ["set", "connectivity.1.2", "--status", "not-applicable"]] {
            XCTAssertEqual(try! cli.run(args).status, 0)
        }
    }
    override func tearDown() { cli = nil }

    func plan(_ args: String...) throws -> [[String: Any]] {
        let r = try cli.run(["plan", "--format", "json", "--today", "2026-06-01"] + args)
        XCTAssertEqual(r.status, 0, r.err)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        return try XCTUnwrap(doc["actions"] as? [[String: Any]])
    }

    func testOverdueFirstAndDoneOrNotApplicableLeftOut() throws {
        let actions = try plan()
        XCTAssertEqual(actions.count, 106)
        XCTAssertEqual(actions.prefix(2).map { $0["id"] as? String }, ["data.1.1", "data.1.2"])
        XCTAssertEqual(actions[0]["overdue"] as? Bool, true)
        XCTAssertFalse(actions.contains { ["connectivity.1.1", "connectivity.1.2"].contains($0["id"] as? String) })
    }

    func testOwnerOutcomeAndByOptions() throws {
        XCTAssertEqual(try plan("--owner", "ann").map { $0["id"] as? String }, ["data.1.2"])
        XCTAssertEqual(try plan("--outcome", "2").count, 9)
        XCTAssertEqual(try plan("--outcome", "dat", "--owner", "none").count, 7)
        XCTAssertEqual(try plan("--by", "owner").prefix(2).map { $0["id"] as? String }, ["data.1.1", "data.1.2"])
    }

    func testMarkdownByDefaultAndHTMLToAFile() throws {
        let md = try cli.run("plan")
        XCTAssertEqual(md.status, 0, md.err)
        XCTAssertTrue(md.out.hasPrefix("# Action plan: "), md.out)
        let file = cli.home + "/plan.html"
        XCTAssertEqual(try cli.run("plan", "--format", "HTML", "--output", file).status, 0)
        let html = try XCTUnwrap(try? String(contentsOfFile: file, encoding: .utf8))
        XCTAssertTrue(html.contains("<svg"), "the chart")
        XCTAssertTrue(html.contains("<title>Action plan: "))
    }

    func testWrongValuesExit2WithTheChoices() throws {
        let format = try cli.run("plan", "--format", "pdf")
        XCTAssertEqual(format.status, 2)
        XCTAssertTrue(format.err.contains("use one of: markdown, csv, html, json"), format.err)
        let by = try cli.run("plan", "--by", "colour")
        XCTAssertEqual(by.status, 2)
        XCTAssertTrue(by.err.contains("use one of: due, owner, outcome"), by.err)
        let outcome = try cli.run("plan", "--outcome", "99")
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.err.contains("there is no outcome 99"), outcome.err)
        XCTAssertEqual(try cli.run("plan", "--today", "tomorrow").status, 2)
        XCTAssertEqual(try cli.run("plan", "--progress", cli.home + "/missing.json").status, 2)
    }
}
