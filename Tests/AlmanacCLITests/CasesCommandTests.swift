import Foundation
import XCTest
import AlmanacModel

/// `almanac cases`: by outcome (as the walkthrough suggests it), category, council type and region.
final class CasesCommandTests: XCTestCase {
    var cli: CLI!
    override func setUp() { cli = CLI() }

    private func rows(_ args: String...) throws -> [[String: Any]] {
        let r = try cli.run(["cases", "--json"] + args)
        XCTAssertEqual(r.status, 0, r.err)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
    }

    func testTheOutcomeCanBeGivenAsTheWalkthroughWritesIt() throws {
        let r = try cli.run("cases", "connectivity")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(try rows("connectivity").count, 3)
        XCTAssertEqual(try rows("connectivity").count, try rows("--outcome", "1").count)
        XCTAssertEqual(try cli.run("cases", "connectivity", "--outcome", "data").status, 2)
    }

    /// The walkthrough's last case study of each outcome says `almanac cases <outcome id>`,
    /// and its summary `almanac walkthrough --restart`: both work as written.
    func testEveryCommandTheWalkthroughSuggestsWorksAsWritten() throws {
        let almanac = try ContentFile(path: CLI.contentPath).almanac()
        for o in almanac.outcomes where o.caseStudies.count > 1 {
            let r = try cli.run("cases", o.id)
            XCTAssertEqual(r.status, 0, "\(o.id): \(r.err)")
            for study in o.caseStudies { XCTAssertTrue(r.out.contains(study.organisation), "\(o.id): \(study.organisation)") }
        }
        // Without a terminal it cannot start, but its options parse.
        let restart = try cli.run("walkthrough", "--restart")
        XCTAssertTrue(restart.err.contains("needs a terminal"), restart.err)
        XCTAssertFalse(restart.err.contains("Unknown option"), restart.err)
    }

    func testTypeAndRegionComeFromAnnexB() throws {
        let picked = try rows("--type", "unitary", "--region", "south west")
        XCTAssertEqual(picked.count, 4)
        for row in picked {
            let councils = try XCTUnwrap(row["councils"] as? [[String: String]])
            XCTAssertTrue(councils.contains { $0["type"] == "Unitary Authority" && $0["region"] == "South West" })
        }
        XCTAssertEqual(try rows("--type", "london borough").count, 9)
        let none = try cli.run("cases", "--region", "atlantis")
        XCTAssertTrue(none.out.contains("Regions: East Midlands, Eastern"), none.out)
    }

    func testCategoriesHaveOneSpellingAndNoneIsAFilter() throws {
        let procurement = try rows("--category", "sustainable procurement")
        XCTAssertEqual(procurement.count, 3)
        XCTAssertEqual(Set(procurement.compactMap { $0["category"] as? String }), ["Sustainable Procurement"])
        let none = try rows("--category", "none")
        XCTAssertEqual(none.count, 4)
        XCTAssertTrue(try cli.run("cases", "--category", "none").out.contains("· No category"))
    }
}
