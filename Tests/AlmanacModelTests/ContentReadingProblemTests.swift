import Foundation
import XCTest
@testable import AlmanacModel

/// What `ContentReading` says about broken lines: the same as the reading over a `JSONValue`
/// tree said (`TreeContentReading`), whatever order the members come in.
final class ContentReadingProblemTests: XCTestCase {
    private static let section = #"{"title":"m","blocks":[]}"#
    private static let minimal = #"{"id":"x","number":1,"title":"t","statement":"s","meaning":\#(section),"sections":[],"caseStudies":[],"themes":[]}"#

    /// An outcome line with `members` in place of the minimal one's last members.
    private func outcome(_ members: String) -> String {
        #"{"id":"x","number":1,"title":"t","statement":"s","meaning":\#(Self.section),"# + members + "}"
    }

    /// The new reading's answer, checked against the tree's.
    private func problem(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let data = Data(json.utf8)
        let new = answer { () throws(ContentReading.Problem) in try ContentReading.outcome(data) }
        let old = answer { () throws(ContentReading.Problem) in try TreeContentReading.outcome(data) }
        XCTAssertEqual(new, old, "the tree reading said otherwise about \(json)", file: file, line: line)
        return new
    }

    private func answer(_ read: () throws(ContentReading.Problem) -> Outcome) -> String {
        do {
            _ = try read()
            return "no problem"
        } catch {
            return error.description
        }
    }

    func testTheMinimalOutcomeReads() throws {
        XCTAssertEqual(problem(Self.minimal), "no problem")
        XCTAssertEqual(problem("\u{FEFF}" + Self.minimal), "no problem", "a byte order mark is allowed")
        XCTAssertEqual(problem(" \t" + Self.minimal + " \r"), "no problem")
        let escaped = Self.minimal.replacingOccurrences(of: #""title":"t""#, with: #""titl\u0065":"a\"\u00e9\ud83d\ude00""#)
        XCTAssertEqual(try ContentReading.outcome(Data(escaped.utf8)).title, "a\"é😀", "an escaped name is still its name")
    }

    func testAWrongTypeDeepInsideNamesItsPlace() {
        XCTAssertEqual(problem(outcome(#""sections":[\#(Self.section),{"title":"a","blocks":[{"paragraph":["p",{"strong":5}]}]}],"caseStudies":[],"themes":[]"#)),
                       "expected String at sections.1.blocks.0.paragraph.1.strong")
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[{"organisation":"o","summary":[],"councils":["a",null]}],"themes":[]"#)),
                       "missing String at caseStudies.0.councils.1")
        XCTAssertEqual(problem(outcome(#""sections":[{"title":"a","blocks":[{"table":{"rows":[[[["c"]],[[7]]]]}}]}],"caseStudies":[],"themes":[]"#)),
                       "expected Dictionary at sections.0.blocks.0.table.rows.0.1.0.0")
        XCTAssertEqual(problem(outcome(#""sections":{},"caseStudies":[],"themes":[]"#)), "expected Array at sections")
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[],"themes":[{"number":2.5,"title":"t","steps":[]}]"#)),
                       "expected Int at themes.0.number")
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[],"themes":[{"number":1e1,"title":"t","steps":[]}]"#)), "no problem")
    }

    func testANumberWhereAStringIsExpected() {
        XCTAssertEqual(problem(Self.minimal.replacingOccurrences(of: #""title":"t""#, with: #""title":7"#)), "expected String at title")
        XCTAssertEqual(problem(Self.minimal.replacingOccurrences(of: #""id":"x""#, with: #""id":-0.5e3"#)), "expected String at id")
    }

    func testAMissingMemberIsNamedWhereItsObjectIs() {
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[],"themes":[{"number":1,"title":"t","steps":[{"id":"a","number":1}]}]"#)),
                       #"missing "text" at themes.0.steps.0"#)
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[]"#)), #"missing "themes""#)
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[],"themes":[],"meaning":null"#)), "missing value at meaning")
        XCTAssertEqual(problem(outcome(#""sections":[{"title":"a","blocks":[{"bullets":[]},{"other":1}]}],"caseStudies":[],"themes":[]"#)),
                       "a block is one of heading, paragraph, bullets, table")
    }

    /// The first problem in the order the type reads its members, not the order of the line.
    func testTheFirstProblemIsTheFirstMemberReadNotTheFirstWritten() {
        XCTAssertEqual(problem(#"{"themes":5,"sections":[],"caseStudies":[],"number":"one","statement":"s","title":"t","meaning":\#(Self.section)}"#),
                       #"missing "id""#)
        XCTAssertEqual(problem(#"{"themes":5,"sections":"no","caseStudies":[],"number":1,"statement":"s","title":"t","meaning":\#(Self.section),"id":"x"}"#),
                       "expected Array at sections")
        XCTAssertEqual(problem(outcome(#""sections":[],"caseStudies":[],"themes":[],"sections":5"#)), "expected Array at sections",
                       "the last of a repeated member counts")
        XCTAssertEqual(problem(outcome(#""sections":5,"caseStudies":[],"themes":[],"sections":[]"#)), "no problem")
        XCTAssertEqual(problem(outcome(#""sections":[{"title":"a","blocks":[{"heading":"h","paragraph":5}]}],"caseStudies":[],"themes":[]"#)),
                       "no problem", "a block's first kind wins and the rest is not read")
    }

    /// A line that is not JSON is told so, even when a member before the fault is also wrong.
    func testSyntaxErrorsWinWhereverTheyAre() {
        XCTAssertEqual(problem(String(Self.minimal.prefix(14))), "a string is not closed at byte 15")
        XCTAssertEqual(problem(String(Self.minimal.dropLast())), "expected ',' or '}' at byte \(Self.minimal.utf8.count)")
        XCTAssertEqual(problem(Self.minimal.replacingOccurrences(of: #""title":"t""#, with: #""title":"a\qb""#)),
                       #"unknown escape '\q' in a string at byte 33"#)
        XCTAssertEqual(problem(Self.minimal.replacingOccurrences(of: #""title":"t""#, with: #""title":"\ud800x""#)),
                       #"a \u escape holds half of a surrogate pair at byte 37"#)
        XCTAssertEqual(problem(Self.minimal.replacingOccurrences(of: #""id":"x""#, with: #""id":5"#) + " x"),
                       "unexpected text after the end of the JSON at byte \(Self.minimal.utf8.count)")
        let stray = [outcome(#""sections":[],"caseStudies":[],"themes":[],"extra":[1,]"#),
                     outcome(#""sections":[{"title":5,"blocks":[nul]}],"caseStudies":[],"themes":[]"#)]
        for json in stray {
            let said = problem(json)
            XCTAssertTrue(said.hasPrefix("unexpected character ']' at byte"), said)
        }
        let deep = problem(outcome(#""sections":[],"caseStudies":[],"themes":[],"x":"# + String(repeating: "[", count: 300)))
        XCTAssertTrue(deep.hasPrefix("nested more than 256 levels deep"), deep)
        XCTAssertEqual(problem("   "), "expected a value at byte 4")
    }

    func testALineThatIsNotAnObject() {
        XCTAssertEqual(problem("[]"), "expected Dictionary")
        XCTAssertEqual(problem("null"), "missing Dictionary")
        XCTAssertEqual(problem(#""x""#), "expected Dictionary")
        XCTAssertEqual(problem("[1,"), "expected a value at byte 4")
    }

    /// Thousands of broken copies of the real lines: the same value, or the same message.
    func testBrokenRealLinesAreToldWhatTheTreeReadingTold() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.contentPath))
        let lines = ContentFile.lineRanges(data).map { Array(data.subdata(in: $0)) }
        var random = SeededRandom(seed: 16)
        var broken = 0
        for round in 0..<1_200 {
            let which = round % 4 == 0 ? 0 : round % 4 == 1 ? 1 : 2 + (round / 4) % (lines.count - 2)
            let line = Data(mangle(lines[which], &random))
            let answers: (agree: Bool, new: String, old: String)
            switch which {
            case 0:
                answers = compare(describe { () throws(ContentReading.Problem) in try ContentReading.index(line) },
                                  describe { () throws(ContentReading.Problem) in try TreeContentReading.index(line) })
            case 1:
                answers = compare(describe { () throws(ContentReading.Problem) in try ContentReading.frontMatter(line) },
                                  describe { () throws(ContentReading.Problem) in try TreeContentReading.frontMatter(line) })
            default:
                answers = compare(describe { () throws(ContentReading.Problem) in try ContentReading.outcome(line) },
                                  describe { () throws(ContentReading.Problem) in try TreeContentReading.outcome(line) })
            }
            guard answers.agree else {
                return XCTFail("line \(which + 1), round \(round): \(answers.new), but the tree said \(answers.old)")
            }
            if answers.new != "a value" { broken += 1 }
        }
        XCTAssertGreaterThan(broken, 600, "most mangled lines should be refused")
    }

    private enum Answer<T: Equatable>: Equatable {
        case value(T)
        case problem(String)

        var summary: String {
            if case .problem(let message) = self { return message }
            return "a value"
        }
    }

    private func describe<T: Equatable>(_ read: () throws(ContentReading.Problem) -> T) -> Answer<T> {
        do {
            return .value(try read())
        } catch {
            return .problem(error.description)
        }
    }

    private func compare<T>(_ new: Answer<T>, _ old: Answer<T>) -> (agree: Bool, new: String, old: String) {
        (new == old, new.summary, old.summary)
    }

    /// One random change that breaks JSON or the content's shape (or, now and then, neither).
    private func mangle(_ line: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = line
        let at = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 7 {
        case 0:
            bytes.removeSubrange(at...)
        case 1:
            bytes.remove(at: at)
        case 2:
            let stray = Array(#"{}[],:"\0n-5 x"#.utf8)
            bytes[at] = stray[Int(random.next() % UInt64(stray.count))]
        default:
            // A value or name replaced: the string starting at or after `at`.
            guard let start = bytes[at...].firstIndex(of: UInt8(ascii: "\"")),
                  let end = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return bytes }
            let replacements = [#"1"#, "null", "[]", "{}", #""x""#, "2.5", "true", #""\q""#, #""\ud800""#,
                                #"{"strong":"s"}"#, #"[{"heading":5}]"#, #""zz""#, #""a"}"#, #""b","title":3"#]
            let replacement = replacements[Int(random.next() % UInt64(replacements.count))]
            bytes.replaceSubrange(start...end, with: Array(replacement.utf8))
        }
        return bytes
    }
}
