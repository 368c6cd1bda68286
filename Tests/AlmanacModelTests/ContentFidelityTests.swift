import Foundation
import XCTest
import AlmanacModel

/// Nothing in the almanac's chapters is silently dropped or left with markup showing.
final class ContentFidelityTests: XCTestCase {
    let almanac = Fixtures.almanac
    lazy var source: [String] = try! String(contentsOfFile: Fixtures.sourcePath, encoding: .utf8)
        .components(separatedBy: "\n")

    /// Labels the model holds as structure rather than text.
    let structural: Set<String> = [
        "Outcome:", "What have other councils done?", "How to start putting this ambition into practice",
        "Organisation", "Category", "Summary",
    ]

    /// The source line's text after the importer's documented clean-up, as fragments.
    func fragments(_ line: String) -> [String] {
        var text = line
        if text.hasPrefix("- ") { text.removeFirst(2) }
        let rules: [(String, String)] = [
            (#"\[([^\]]*)\]\(#\)"#, "$1"), (#"\\([()])"#, "$1"), (#"\*\*"#, ""),
            (#"<ul[^>]*>"#, "\t"), (#"</?(p|u)>"#, "\t"), (#"•"#, "\t"), (#" ([.,;:])(?=\s|$)"#, "$1"),
        ]
        for (pattern, template) in rules {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return text.components(separatedBy: "\t")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !structural.contains($0) }
    }

    func chapterLines(_ o: Outcome, next: String) -> ArraySlice<String> {
        let contentsEnd = source.firstIndex(of: "Annex B: Notable practice\t82")!
        let start = source[(contentsEnd + 1)...].firstIndex(of: o.title)!
        let end = source[(start + 1)...].firstIndex(of: next)!
        return source[start..<end]
    }

    func testEveryLineOfEveryChapterIsInTheModel() {
        let titles = almanac.outcomes.map(\.title) + ["Annex A: Contributors"]
        var checked = 0
        for (i, o) in almanac.outcomes.enumerated() {
            let text = ModelText.of(o).joined(separator: "\n")
            for line in chapterLines(o, next: titles[i + 1]) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                for fragment in fragments(line) {
                    checked += 1
                    XCTAssertTrue(text.contains(fragment), "\(o.id): missing \(fragment.prefix(80))")
                }
            }
        }
        // 12 chapters hold 229 headings, 256 other plain lines, 185 rows and 105 bullets.
        XCTAssertGreaterThan(checked, 700)
    }

    func testNoMarkupIsVisible() {
        let all = almanac.outcomes.flatMap(ModelText.of) + ModelText.of(almanac.front)
        for text in all {
            for marker in ["](#)", "<p>", "</p>", "<u>", "<ul", "\\(", "\\)", "**", "\t"] {
                XCTAssertFalse(text.contains(marker), "\(marker) left in: \(text.prefix(60))")
            }
        }
    }

    func testNonASCIICharactersArePreservedExactly() {
        let all = (almanac.outcomes.flatMap(ModelText.of) + ModelText.of(almanac.front)).joined(separator: "\n")
            + almanac.index.title + almanac.index.subtitle
        let sourceText = source.joined(separator: "\n")
        for ch in ["–", "’", "£", "‘", "©"] {
            XCTAssertEqual(all.components(separatedBy: ch).count - 1, sourceText.components(separatedBy: ch).count - 1, ch)
        }
        // The three • of the Wigan cell become list items that keep their bullet.
        XCTAssertEqual(all.components(separatedBy: "• ").count - 1, 3)
    }

    func testLinksBecomeNamedResources() {
        let connectivity = almanac.outcomes[0]
        let resources = connectivity.sections.flatMap(\.blocks).flatMap { block -> [String] in
            if case .paragraph(let t) = block { return t.resources }
            return []
        }
        XCTAssertTrue(resources.contains("Universal Service Obligation (USO)"), "escapes removed inside resource names")
        XCTAssertTrue(resources.contains("'What is mobile connectivity?'"))
    }

    func testTablesKeepHeadersCaptionsAndMergedCells() {
        let speeds = almanac.outcomes[0].sections[0].blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }
        XCTAssertEqual(speeds.count, 2)
        XCTAssertNil(speeds[0].header, "the speeds table has no header row")
        XCTAssertEqual(speeds[0].rows.count, 6)
        XCTAssertEqual(speeds[0].rows[1][0], [], "a leading tab is an empty (merged) cell")
        XCTAssertNotNil(speeds[0].caption)
        XCTAssertEqual(speeds[1].header, ["Use", "Activity", "Decent", "Superfast", "Ultrafast", "Gigabit"])
        XCTAssertEqual(speeds[1].rows.count, 6)
        XCTAssertNotNil(speeds[1].caption)
        // A header repeated after a blank line is dropped, not shown as data.
        let services = almanac.outcomes.first { $0.id == "services" }!.tools!.blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }
        XCTAssertEqual(services.first?.rows.count, 6)
    }

    func testMergedItemsAreParagraphsOfTheirCell() {
        func tables(_ id: String) -> [Table] {
            almanac.outcomes.first { $0.id == id }!.sections.flatMap(\.blocks).compactMap { block -> Table? in
                if case .table(let t) = block { return t } else { return nil }
            }
        }
        let activities = tables("connectivity")[1].rows[0][1].map(\.plain)
        XCTAssertEqual(activities.count, 3)
        XCTAssertEqual(activities.first, "Checking emails")
        let sources = tables("data").first { $0.rows.count == 3 && $0.header == nil }!
        XCTAssertEqual(sources.rows[1][1].map(\.plain).count, 4)
        XCTAssertEqual(sources.rows[1][1].first?.plain, "Web")
        // An ambiguous cell stays whole.
        let using = tables("data").first { $0.rows.count == 9 }!
        XCTAssertEqual(using.rows[5][1].count, 1)
    }

    func testBulletThatSpansTwoLinesIsOneItem() {
        let inclusion = almanac.outcomes.first { $0.id == "inclusion" }!
        let items = inclusion.sections.flatMap(\.blocks).flatMap { block -> [String] in
            if case .bullets(let b) = block { return b.map(\.plain) } else { return [] }
        }
        XCTAssertTrue(items.contains { $0.contains("Start by using one of the industry-approved web accessibility tools") })
    }
}
