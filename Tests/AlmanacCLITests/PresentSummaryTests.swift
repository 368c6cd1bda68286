import AlmanacModel
import Foundation
import XCTest

/// `almanac present --summary`: the room's decisions, to send round after the workshop.
final class PresentSummaryTests: XCTestCase {
    func testTheSummaryListsEachDecisionBeforeAndAfterInMarkdownAndHTML() throws {
        let cli = CLI()
        let progress = cli.home + "/room.json"
        XCTAssertEqual(try cli.run("tick", "data.1.1", "--progress", progress).status, 0)
        // A session began after data.1.1 was done; the room then ticked data.2.1 and set an owner.
        let start = Date().addingTimeInterval(-1)
        var session = PresentSession(scope: "data", slide: "closing", startedAt: start, writer: "projector-1")
        session.before = ["data.1.1": "done"]
        try session.encoded().write(to: URL(fileURLWithPath: cli.home + "/room.present.json"))
        XCTAssertEqual(try cli.run("tick", "data.2.1", "--progress", progress).status, 0)
        XCTAssertEqual(try cli.run("set", "data.1.2", "--owner", "Sam <b>Jones</b>", "--progress", progress).status, 0)

        let md = try cli.run("present", "--summary", "--progress", progress, "--council", "Anytown")
        XCTAssertEqual(md.status, 0, md.err)
        XCTAssertTrue(md.out.hasPrefix("# Decisions: The local government digitalisation almanac: Anytown"), md.out)
        XCTAssertTrue(md.out.contains("| Data 2.1 |") && md.out.contains("Not started → Done"), md.out)
        XCTAssertTrue(md.out.contains("owner Sam \\<b\\>Jones\\</b\\>"), "people's text is escaped: \(md.out)")
        XCTAssertFalse(md.out.contains("| Data 1.1 |"), "done before the session: no decision")

        let html = try cli.run("present", "--summary", "--format", "html", "--progress", progress)
        XCTAssertEqual(html.status, 0, html.err)
        XCTAssertTrue(html.out.contains("<caption>2 steps changed</caption>"), html.out)
        XCTAssertTrue(html.out.contains("Sam &lt;b&gt;Jones&lt;/b&gt;"), html.out)
        XCTAssertFalse(html.out.contains("<b>Jones"))
    }

    func testWithoutAPresentationItSaysWhatToDo() throws {
        let cli = CLI()
        let r = try cli.run("present", "--summary", "--progress", cli.home + "/none.json")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("no presentation has been given with") && r.err.contains("run almanac present"), r.err)
        let bad = try cli.run("present", "--summary", "--format", "pdf")
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("use markdown or html"), bad.err)
        let stray = try cli.run("present", "--format", "html")
        XCTAssertEqual(stray.status, 2)
        XCTAssertTrue(stray.err.contains("--format is for --summary"), stray.err)
    }
}
