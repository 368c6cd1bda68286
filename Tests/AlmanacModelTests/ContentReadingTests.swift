import Foundation
import XCTest
@testable import AlmanacModel

/// `ContentReading` (used by `ContentFile`) must read content exactly as the types' Codable
/// conformances do.
final class ContentReadingTests: XCTestCase {
    private func lines() throws -> [Data] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.contentPath))
        return ContentFile.lineRanges(data).map { data.subdata(in: $0) }
    }

    func testEveryOutcomeAndTheIndexReadAsJSONDecoderReadsThem() throws {
        let lines = try lines()
        XCTAssertEqual(try ContentReading.index(lines[0]), try JSONDecoder().decode(ContentIndex.self, from: lines[0]))
        let front = try JSONDecoder().decode(FrontMatter.self, from: lines[1])
        XCTAssertEqual(try ContentReading.frontMatter(lines[1]), front)
        XCTAssertFalse(front.contributors.isEmpty || front.introduction.isEmpty || front.experts.isEmpty,
                       "line 2 is not the real front matter")
        XCTAssertEqual(lines.count, 14)
        for line in lines.dropFirst(2) {
            let expected = try JSONDecoder().decode(Outcome.self, from: line)
            XCTAssertEqual(try ContentReading.outcome(line), expected, expected.id)
        }
    }

    func testContentFileGivesTheSameAlmanacAsBefore() throws {
        // Every block kind and span kind occurs in the real content, so the comparison above covers them.
        let almanac = Fixtures.almanac
        let blocks = almanac.outcomes.flatMap { ([$0.meaning] + $0.sections + ($0.tools.map { [$0] } ?? [])).flatMap(\.blocks) }
        XCTAssertTrue(blocks.contains { if case .table = $0 { return true } else { return false } })
        XCTAssertTrue(blocks.contains { if case .bullets = $0 { return true } else { return false } })
        XCTAssertTrue(blocks.contains { if case .heading = $0 { return true } else { return false } })
        let texts = blocks.flatMap { block -> [RichText] in
            switch block {
            case .heading: return []
            case .paragraph(let text): return [text]
            case .bullets(let items): return items
            case .table(let table): return table.rows.flatMap { $0.flatMap { $0 } } + (table.caption.map { [$0] } ?? [])
            }
        } + almanac.outcomes.flatMap { $0.caseStudies.flatMap(\.summary) }
        let spans = texts.flatMap(\.spans)
        XCTAssertTrue(spans.contains { if case .strong = $0 { return true } else { return false } })
        XCTAssertTrue(spans.contains { if case .resource = $0 { return true } else { return false } })
    }

    /// Small sections that exercise the edges: both must agree on the value, or both refuse.
    func testEdgesAgreeWithCodable() throws {
        let cases = [
            #"{"title":"t","blocks":[]}"#,
            #"{"title":"t","blocks":[],"extra":1}"#,
            #"{"title":"t","blocks":[{"heading":"h","paragraph":["p"]}]}"#,
            #"{"title":"t","blocks":[{"heading":null,"paragraph":["p",{"strong":"s"},{"resource":"r"}]}]}"#,
            #"{"title":"t","blocks":[{"table":{"rows":[[[["a"]],[]]],"header":null}}]}"#,
            #"{"title":"t","blocks":[{"table":{"rows":[],"header":["h"],"caption":["c"]}}]}"#,
            #"{"title":"t","blocks":[{"resource":"r","strong":"s"}]}"#,
            #"{"title":"t","blocks":[{"paragraph":[{"resource":"r","strong":"s"}]}]}"#,
            #"{"title":"t","blocks":[{"paragraph":[{"other":"x"}]}]}"#,
            #"{"title":"t","blocks":[{}]}"#,
            #"{"title":null,"blocks":[]}"#,
            #"{"blocks":[]}"#,
            #"{"title":1,"blocks":[]}"#,
            #"{"title":"t","blocks":{}}"#,
            #"[]"#,
        ]
        for json in cases {
            let data = Data(json.utf8)
            let codable = try? JSONDecoder().decode(Section.self, from: data)
            let reading = try? ContentReading.decode(data) { r throws(ContentReading.Problem) in try r.section() }
            XCTAssertEqual(reading, codable, json)
        }
        // Front matter: every member is required, as in its synthesized Decodable.
        let section = #"{"title":"t","blocks":[]}"#, council = #"{"name":"n","type":"t","region":"r"}"#
        let fronts = [
            #"{"acknowledgements":\#(section),"introduction":[\#(section)],"contributors":[\#(council)],"experts":["e"],"notablePractice":[],"colophon":["c"]}"#,
            #"{"acknowledgements":\#(section),"introduction":[],"contributors":[],"experts":[],"notablePractice":[]}"#,
            #"{"acknowledgements":\#(section),"introduction":[],"contributors":[{"name":"n","type":"t"}],"experts":[],"notablePractice":[],"colophon":[]}"#,
            #"{"acknowledgements":null,"introduction":[],"contributors":[],"experts":[],"notablePractice":[],"colophon":[]}"#,
            #"{"acknowledgements":\#(section),"introduction":[],"contributors":[],"experts":[1],"notablePractice":[],"colophon":[]}"#,
        ]
        for json in fronts {
            let data = Data(json.utf8)
            XCTAssertEqual(try? ContentReading.frontMatter(data), try? JSONDecoder().decode(FrontMatter.self, from: data), json)
        }
        XCTAssertNotNil(try? ContentReading.frontMatter(Data(fronts[0].utf8)))
        for json in [#"{"number":2,"title":"t","steps":[{"id":"a.1.1","number":1,"text":"x"}]}"#,
                     #"{"number":2.5,"title":"t","steps":[]}"#, #"{"number":"2","title":"t","steps":[]}"#] {
            let data = Data(json.utf8)
            let codable = try? JSONDecoder().decode(Theme.self, from: data)
            let reading = try? ContentReading.decode(data) { r throws(ContentReading.Problem) in try r.theme() }
            XCTAssertEqual(reading, codable, json)
        }
    }

    func testProblemsSayWhatAndWhere() throws {
        func problem(_ json: String) -> String {
            do {
                _ = try ContentReading.outcome(Data(json.utf8))
                return "no problem"
            } catch {
                return error.description
            }
        }
        let valid = try XCTUnwrap(String(data: try lines()[2], encoding: .utf8))
        XCTAssertEqual(problem(valid), "no problem")
        XCTAssertEqual(problem(valid.replacingOccurrences(of: #""statement":"#, with: #""statemen":"#)),
                       #"missing "statement""#)
        XCTAssertEqual(problem(valid.replacingOccurrences(of: #"{"title":"Ways of understanding connectivity needs""#,
                                                           with: #"{"title":7"#)),
                       "expected String at sections.0.title")
        XCTAssertTrue(problem(String(valid.dropLast(10))).contains("at byte"), problem(String(valid.dropLast(10))))
        XCTAssertEqual(problem(#"{"id":"x","number":1,"title":"t","statement":"s","meaning":{"title":"m","blocks":[{}]}}"#),
                       "a block is one of heading, paragraph, bullets, table")
    }

    func testAMalformedLineNamesTheFileAndLine() throws {
        var lines = try lines()
        lines[4] = Data(#"{"id":"x"}"#.utf8)
        let joined = lines.reduce(Data()) { $0 + $1 + Data("\n".utf8) }
        let file = try ContentFile(data: joined, path: "c.jsonl")
        XCTAssertThrowsError(try file.outcome(at: 2)) { error in
            XCTAssertEqual("\(error)", #"cannot use content file c.jsonl: line 5 is malformed (missing "number"); regenerate it with Scripts/import-almanac"#)
        }
        XCTAssertNoThrow(try file.outcome(at: 1))
    }
}
