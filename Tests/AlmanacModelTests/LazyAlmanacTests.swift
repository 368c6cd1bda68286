import Foundation
import XCTest
@testable import AlmanacModel

/// The index's shapes, the check of each outcome against them, and the almanac whose outcomes
/// are decoded when first read.
final class LazyAlmanacTests: XCTestCase {
    private func content() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Fixtures.contentPath))
    }

    /// The content with its first line changed by `edit`.
    private func withIndex(_ edit: (String) -> String) throws -> Data {
        var lines = String(decoding: try content(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = edit(lines[0])
        return Data(lines.joined(separator: "\n").utf8)
    }

    func testTheIndexGivesEveryOutcomesShape() throws {
        let almanac = Fixtures.almanac
        for (entry, outcome) in zip(almanac.index.outcomes, almanac.outcomes) {
            XCTAssertEqual(entry.shape, ContentIndex.Shape(of: outcome), entry.id)
        }
        XCTAssertEqual(almanac.index.outcomes.first { $0.id == "leadership" }?.shape?.leaderCheck, false)
    }

    func testAnOutcomeThatDisagreesWithItsIndexIsRefused() throws {
        let first = Fixtures.almanac.index.outcomes[0]
        let shape = try XCTUnwrap(first.shape)
        let broken = try withIndex {
            $0.replacingOccurrences(of: #""caseStudies":\#(shape.caseStudies),"#, with: #""caseStudies":\#(shape.caseStudies + 1),"#,
                                    options: [], range: $0.range(of: #""caseStudies":\#(shape.caseStudies),"#))
        }
        let file = try ContentFile(data: broken, path: "broken.jsonl")
        XCTAssertThrowsError(try file.outcome(at: 0)) { error in
            let text = (error as? ContentError)?.description ?? ""
            XCTAssertTrue(text.contains("broken.jsonl"), text)
            XCTAssertTrue(text.contains("line 3 does not match the index"), text)
            XCTAssertTrue(text.contains("number of case studies"), text)
            XCTAssertTrue(text.contains("Scripts/import-almanac"), text)
        }
        XCTAssertNoThrow(try file.outcome(at: 1), "only the outcome that disagrees is refused")
        let retitled = try withIndex { $0.replacingOccurrences(of: #""title":"\#(first.title)""#, with: #""title":"Elsewhere""#) }
        XCTAssertThrowsError(try ContentFile(data: retitled).outcome(at: 0)) { error in
            XCTAssertTrue("\(error)".contains("its title differs"), "\(error)")
        }
    }

    func testAnIndexWithoutShapesStillLoads() throws {
        let old = try withIndex { $0.replacingOccurrences(of: #","shape":\{[^}]*\}"#, with: "", options: .regularExpression) }
        let file = try ContentFile(data: old)
        XCTAssertTrue(file.index.outcomes.allSatisfy { $0.shape == nil })
        let almanac = try Almanac(file: file)
        XCTAssertTrue(almanac.outcomes.elementsEqual(Fixtures.almanac.outcomes))
        XCTAssertEqual(almanac.shape(of: 6), ContentIndex.Shape(of: Fixtures.almanac.outcomes[6]), "from the decoded outcome")
    }

    func testTheLazyAlmanacDecodesOnlyWhatIsRead() throws {
        let file = try ContentFile(path: Fixtures.contentPath)
        let decoded = Counter()
        let almanac = try Almanac(index: file.index, front: file.frontMatter()) { i throws(ContentError) in
            decoded.add()
            return try file.outcome(at: i)
        }
        XCTAssertEqual(almanac.outcomes.count, 12)
        XCTAssertEqual(almanac.shape(of: 3), ContentIndex.Shape(of: Fixtures.almanac.outcomes[3]))
        XCTAssertEqual(decoded.value, 0, "count and shapes come from the index")
        let copy = almanac
        XCTAssertEqual(copy.outcomes[4], Fixtures.almanac.outcomes[4])
        XCTAssertEqual(almanac.outcomes[4].id, Fixtures.almanac.index.outcomes[4].id)
        XCTAssertEqual(decoded.value, 1, "kept once decoded, and shared by copies")
        XCTAssertEqual(almanac.outcomes.decodedCount, 1)
        XCTAssertEqual(almanac, copy, "one store is equal to itself without decoding")
        XCTAssertEqual(decoded.value, 1)

        XCTAssertEqual(almanac, Fixtures.almanac, "value equality with the eager almanac")
        XCTAssertEqual(almanac.hashValue, Fixtures.almanac.hashValue)
        XCTAssertEqual(decoded.value, 12)
        var changed = Fixtures.almanac
        changed.outcomes = AlmanacOutcomes(Array(changed.outcomes.dropLast()) + [Fixtures.almanac.outcomes[0]])
        XCTAssertNotEqual(almanac, changed)
    }

    func testABadLineGivesAPlaceholderAndIsReported() throws {
        let file = try ContentFile(path: Fixtures.contentPath)
        let problem = ContentError(path: file.path, problem: "line 5 is malformed")
        let almanac = try Almanac(index: file.index, front: file.frontMatter()) { i throws(ContentError) in
            if i == 2 { throw problem }
            return try file.outcome(at: i)
        }
        XCTAssertNil(almanac.outcomes.problem)
        let placeholder = almanac.outcomes[2]
        XCTAssertEqual(placeholder.id, file.index.outcomes[2].id)
        XCTAssertEqual(placeholder.title, file.index.outcomes[2].title)
        XCTAssertTrue(placeholder.sections.isEmpty && placeholder.caseStudies.isEmpty && placeholder.themes.isEmpty)
        XCTAssertEqual(almanac.outcomes.problem, problem)
        XCTAssertNoThrow(try almanac.outcomes.load(1))
        XCTAssertThrowsError(try almanac.outcomes.load(2)) { XCTAssertEqual($0 as? ContentError, problem) }
        XCTAssertThrowsError(try almanac.outcomes.loadAll()) { XCTAssertEqual($0 as? ContentError, problem) }
    }

    func testAnEagerAlmanacHasNothingToLoad() throws {
        let almanac = Fixtures.almanac
        XCTAssertEqual(almanac.outcomes.decodedCount, 12)
        XCTAssertNoThrow(try almanac.outcomes.loadAll())
        XCTAssertNil(almanac.outcomes.problem)
    }
}

/// A count shared with a `@Sendable` loader.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
