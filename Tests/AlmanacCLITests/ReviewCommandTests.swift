import Foundation
import XCTest

/// `almanac review start/list/diff`: what moved since the last review, for a committee.
final class ReviewCommandTests: XCTestCase {
    func testStartWorkThenDiff() throws {
        let cli = CLI()
        let none = try cli.run("review", "diff")
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.err.contains("record one with: almanac review start"), none.err)
        XCTAssertEqual(try cli.run("tick", "data.1.1", "data.1.2").status, 0)
        XCTAssertEqual(try cli.run("set", "data.2.1", "--status", "in-progress", "--owner", "Sam").status, 0)
        let start = try cli.run("review", "start", "2027 Q1")
        XCTAssertEqual(start.status, 0, start.err)
        XCTAssertTrue(start.out.contains("Review '2027 Q1' recorded"), start.out)
        let again = try cli.run("review", "start", "2027 q1")
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.err.contains("already a review called"), again.err)

        XCTAssertEqual(try cli.run("set", "data.1.2", "--status", "in-progress").status, 0)
        XCTAssertEqual(try cli.run("set", "data.2.1", "--owner", "Priya", "--note", "Met the DPO, agreed; the register\nnext", "--due", "2027-06-30").status, 0)
        let diff = try cli.run("review", "diff")
        XCTAssertEqual(diff.status, 0, diff.err)
        XCTAssertTrue(diff.out.contains("Since '2027 Q1'") && diff.out.contains("2 steps changed, 0 forward, 1 back."), diff.out)
        XCTAssertTrue(diff.out.contains("Data: done 2 of 9 → 1 of 9 (1 back)"), diff.out)
        XCTAssertTrue(diff.out.contains("Done → In progress"), diff.out)
        XCTAssertTrue(diff.out.contains("owner Sam → Priya; due none → 2027-06-30; note added"), diff.out)

        XCTAssertEqual(try cli.run("review", "start", "2027 Q2").status, 0)
        let list = try cli.run("review", "list", "--json")
        let rows = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]]
        XCTAssertEqual(rows?.map { $0["name"] as? String }, ["2027 Q1", "2027 Q2"])
        XCTAssertEqual(rows?.last?["done"] as? Int, 1)
        let between = try cli.run("review", "diff", "2027 Q1", "2027 Q2", "--json")
        let report = try JSONSerialization.jsonObject(with: Data(between.out.utf8)) as? [String: Any]
        XCTAssertEqual(report?["to"] as? String, "2027 Q2")
        let data = (report?["outcomes"] as? [[String: Any]])?.first { $0["id"] as? String == "data" }
        XCTAssertEqual(data?["back"] as? Int, 1)
        XCTAssertEqual((data?["movements"] as? [[String: Any]])?.count, 2)
        XCTAssertTrue(try cli.run("review", "diff").out.contains("nothing moved"), "the last review is Q2, nothing since")
        let html = try cli.run("review", "diff", "2027 Q1", "--format", "html", "--output", cli.home + "/moved.html")
        XCTAssertEqual(html.status, 0, html.err)
        let page = try String(contentsOfFile: cli.home + "/moved.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<svg") && page.contains("Data: 2 → 1 of 9 done (0 forward, 1 back)"), page)
        XCTAssertTrue(page.contains("owner Sam → Priya"))
        let md = try cli.run("review", "diff", "first", "--format", "markdown")
        XCTAssertTrue(md.out.hasPrefix("# Since the review '2027 Q1'") && md.out.contains("| Data 1.2 |"), md.out)
        XCTAssertEqual(try cli.run("review", "diff", "--format", "pdf").status, 2)
        let export = try cli.run("export", "--since", "2027 Q1", "--format", "csv")
        XCTAssertEqual(export.status, 0, export.err)
        XCTAssertTrue(export.out.contains("status_at_review,movement,change_since_review"), export.out)
        XCTAssertTrue(export.out.contains("data.1.2,") && export.out.contains(",done,back,Done → In progress"), export.out)
        let noSuch = try cli.run("export", "--since", "Q9")
        XCTAssertEqual(noSuch.status, 2)
        XCTAssertTrue(noSuch.err.contains("the reviews are '2027 Q1', '2027 Q2'"), noSuch.err)
        let unknown = try cli.run("review", "diff", "Q9")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("the reviews are '2027 Q1', '2027 Q2'"), unknown.err)
    }

    func testADamagedReviewsFileIsNamedAndNeverWrittenOver() throws {
        let cli = CLI()
        try FileManager.default.createDirectory(atPath: cli.dataFolder, withIntermediateDirectories: true)
        let path = cli.dataFolder + "/progress.reviews.json"
        try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
        for args in [["review", "list"], ["review", "start", "Q1"], ["review", "diff"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertTrue(r.err.contains("the reviews file is damaged") && r.err.contains("nothing was changed"), r.err)
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "{ not json")
        let bad = try cli.run("review", "start", "  ")
        XCTAssertEqual(bad.status, 2)
    }
}
