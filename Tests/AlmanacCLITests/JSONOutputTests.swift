import Foundation
import XCTest

/// Every command that reports takes `--json`, and prints the shape `ChangeJSON` documents.
final class JSONOutputTests: XCTestCase {
    var cli: CLI!
    override func setUp() { cli = CLI() }

    private func object(_ args: String...) throws -> [String: Any] {
        let r = try cli.run(args)
        XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
        let value = try JSONSerialization.jsonObject(with: Data(r.out.utf8))
        return try XCTUnwrap(value as? [String: Any], "\(args) did not print a JSON object: \(r.out)")
    }

    func testChangingCommandsReportAsJSON() throws {
        let file = cli.home + "/p.json"
        let tick = try object("tick", "data.1.1", "data.1.2", "--progress", file, "--json")
        XCTAssertEqual(tick["file"] as? String, file)
        let steps = try XCTUnwrap(tick["steps"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["id"] as? String }, ["data.1.1", "data.1.2"])
        XCTAssertEqual(steps.map { $0["changed"] as? Bool }, [true, true])
        XCTAssertEqual(steps.map { $0["status"] as? String }, ["done", "done"])
        let overall = try XCTUnwrap(tick["overall"] as? [String: Int])
        XCTAssertEqual(overall, ["done": 2, "applicable": 108, "notApplicable": 0, "total": 108])

        let again = try object("tick", "data.1.1", "--progress", file, "--json")
        XCTAssertEqual((again["steps"] as? [[String: Any]])?.first?["changed"] as? Bool, false, "already done")

        let set = try object("set", "data.1.1", "--note", "with \"quotes\" and\u{1B}[31m", "--owner", "Priya", "--progress", file, "--json")
        let step = try XCTUnwrap((set["steps"] as? [[String: Any]])?.first)
        XCTAssertEqual(step["note"] as? String, "with \"quotes\" and\u{1B}[31m", "people's text as stored, escaped as JSON")
        XCTAssertEqual(step["owner"] as? String, "Priya")

        let untick = try object("untick", "data.1.2", "--progress", file, "--json")
        XCTAssertEqual((untick["steps"] as? [[String: Any]])?.first?["status"] as? String, "not-started")
        XCTAssertEqual((untick["overall"] as? [String: Int])?["done"], 1)

        let restore = try object("restore", "1", "--progress", file, "--json")
        let restored = try XCTUnwrap(restore["restored"] as? [String: Any])
        XCTAssertEqual(restored["number"] as? Int, 1)
        XCTAssertNotNil(restored["time"] as? String)
        XCTAssertNotNil(restored["reason"] as? String)

        XCTAssertEqual(try object("repair", "--progress", file, "--json")["result"] as? String, "healthy")
        XCTAssertEqual(try object("repair", "--progress", cli.home + "/none.json", "--json")["result"] as? String, "missing")
        let broken = cli.home + "/broken.json"
        cli.write(broken, #"{"version": 2, "steps": {"data.1.1": {"status": "done", "changed": "2026-01-01T00:00:00.000Z"}}"#)
        let repair = try object("repair", "--progress", broken, "--json")
        XCTAssertEqual(repair["result"] as? String, "movedAside")
        XCTAssertEqual(repair["recovered"] as? Int, 1)
        XCTAssertNotNil(repair["movedAside"] as? String)
        XCTAssertNotNil(repair["problem"] as? String)
    }

    func testVersion() throws {
        let r = try cli.run("--version")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.out.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, r.out)
    }
}
