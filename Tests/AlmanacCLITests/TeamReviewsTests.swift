import Foundation
import XCTest

/// Reviews in a team: each member records theirs in a file of their own in the team folder,
/// and every member sees them all, so a review one officer starts is the baseline for all.
final class TeamReviewsTests: TeamTestCase {
    private var reviewFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: shared + "/almanac-team/reviews")) ?? []).sorted()
    }

    func testAReviewOneMemberStartsIsEveryonesBaseline() throws {
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        _ = try ok(bo, "team", "join", shared, "--name", "Bo")
        _ = try ok(ann, "tick", "data.1.1")
        _ = try ok(ann, "review", "start", "2027 Q1")
        XCTAssertEqual(reviewFiles.count, 1, "the review is in the team folder, in Ann's own file")
        XCTAssertTrue(reviewFiles[0].hasPrefix("ann."), "\(reviewFiles)")

        XCTAssertTrue(try ok(bo, "review", "list").contains("2027 Q1: 1 step done"), "Bo sees Ann's review")
        let clash = try bo.run("review", "start", "2027 q1")
        XCTAssertEqual(clash.status, 2, "a name Ann used is taken for Bo too")
        XCTAssertTrue(clash.err.contains("already a review called"), clash.err)

        _ = try ok(bo, "set", "data.1.1", "--status", "in-progress")
        let diff = try ok(bo, "review", "diff")
        XCTAssertTrue(diff.contains("Since '2027 Q1'") && diff.contains("Done → In progress"), diff)
        XCTAssertTrue(try ok(ann, "export", "--since", "2027 Q1", "--format", "csv").contains(",done,back,"))

        _ = try ok(bo, "review", "start", "2027 Q2")
        XCTAssertEqual(reviewFiles.count, 2, "Bo's review goes into Bo's file, never Ann's")
        let names = try JSONSerialization.jsonObject(with: Data(try ok(ann, "review", "list", "--json").utf8)) as? [[String: Any]]
        XCTAssertEqual(names?.compactMap { $0["name"] as? String }, ["2027 Q1", "2027 Q2"], "oldest first, from both files")
    }

    func testReviewsFromBeforeJoiningStayAndLeavingKeepsTheTeams() throws {
        _ = try ok(ann, "review", "start", "Before")
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        _ = try ok(bo, "team", "join", shared, "--name", "Bo")
        _ = try ok(bo, "review", "start", "Team Q1")
        XCTAssertTrue(try ok(ann, "review", "list").contains("Before"), "the reviews made alone still show")
        XCTAssertFalse(try ok(bo, "review", "list").contains("Before"), "but only on the machine that made them")
        _ = try ok(ann, "team", "leave")
        let after = try ok(ann, "review", "list")
        XCTAssertTrue(after.contains("Before") && after.contains("Team Q1"), "leaving keeps a copy of the team's reviews: \(after)")
    }

    func testAColleaguesDamagedReviewsFileIsNamedAndSkipped() throws {
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        _ = try ok(ann, "review", "start", "2027 Q1")
        let before = try Data(contentsOf: URL(fileURLWithPath: shared + "/almanac-team/reviews/" + reviewFiles[0]))
        try "{\"format\": \"almanac-rev".write(toFile: shared + "/almanac-team/reviews/cy.abcdef.json", atomically: true, encoding: .utf8)
        let list = try ann.run("review", "list")
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertTrue(list.out.contains("2027 Q1"), list.out)
        XCTAssertTrue(list.err.contains("cy.abcdef.json was left out"), list.err)
        _ = try ok(ann, "review", "start", "2027 Q2")
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: shared + "/almanac-team/reviews/" + reviewFiles[0])), before)
        XCTAssertEqual(try String(contentsOfFile: shared + "/almanac-team/reviews/cy.abcdef.json", encoding: .utf8),
                       "{\"format\": \"almanac-rev", "a colleague's file is never written")

        // This member's own damaged file stops a new review: it must not be written over.
        let own = shared + "/almanac-team/reviews/" + reviewFiles[0]
        try "not json".write(toFile: own, atomically: true, encoding: .utf8)
        let refused = try ann.run("review", "start", "2027 Q3")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("damaged"), refused.err)
        XCTAssertEqual(try String(contentsOfFile: own, encoding: .utf8), "not json")
    }
}
