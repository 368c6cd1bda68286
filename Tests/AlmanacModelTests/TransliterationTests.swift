import Foundation
import XCTest
@testable import AlmanacModel

/// On a terminal that shows ASCII only, text keeps its meaning instead of turning blank.
final class TransliterationTests: XCTestCase {
    func testTheAlmanacsCharactersKeepTheirMeaning() {
        XCTAssertEqual(Transliteration.ascii("human error – clicking"), "human error - clicking")
        XCTAssertEqual(Transliteration.ascii("the council’s ‘plan’"), "the council's 'plan'")
        XCTAssertEqual(Transliteration.ascii("“quoted”"), "\"quoted\"")
        XCTAssertEqual(Transliteration.ascii("£450,000"), "GBP450,000")
        XCTAssertEqual(Transliteration.ascii("Welcome · page 1 of 2"), "Welcome | page 1 of 2")
        XCTAssertEqual(Transliteration.ascii("• item"), "* item")
        XCTAssertEqual(Transliteration.ascii("wait…"), "wait...")
        XCTAssertEqual(Transliteration.ascii("© LGA"), "(c) LGA")
        XCTAssertEqual(Transliteration.ascii("a — b"), "a -- b")
        XCTAssertEqual(Transliteration.ascii("Space → next"), "Space -> next")
    }

    func testEveryNonASCIICharacterInTheContentHasAMeaningfulSpelling() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.contentPath))
        let used = Set(String(decoding: data, as: UTF8.self).unicodeScalars.filter { $0.value >= 0x80 })
        XCTAssertFalse(used.isEmpty)
        for s in used {
            let a = Transliteration.of(s)
            XCTAssertFalse(a.isEmpty || a.contains("?"), "U+\(String(s.value, radix: 16)) \(s) has no ASCII spelling")
        }
    }

    func testAccentedLettersLoseOnlyTheirAccents() {
        XCTAssertEqual(Transliteration.ascii("café crème, Ŵales, Zoë"), "cafe creme, Wales, Zoe")
        XCTAssertEqual(Transliteration.ascii("e\u{301}"), "e", "a combining accent goes, its letter stays")
        XCTAssertEqual(Transliteration.ascii("Straße Søren Łódź"), "Strasse Soren Lodz")
    }

    func testWhatHasNoASCIIBecomesAQuestionMark() {
        XCTAssertEqual(Transliteration.ascii("日本"), "??")
        XCTAssertEqual(Transliteration.ascii("😀"), "?")
    }

    func testASCIIIsUntouched() {
        let s = "plain text, 100% ASCII\n\t~"
        XCTAssertEqual(Transliteration.ascii(s), s)
    }

    func testOneColumnFormsForCellsThatMustKeepTheirWidth() {
        XCTAssertEqual(Transliteration.singleColumn("–"), "-")
        XCTAssertEqual(Transliteration.singleColumn("…"), ".")
        XCTAssertEqual(Transliteration.singleColumn("·"), "|")
        XCTAssertEqual(Transliteration.singleColumn("é"), "e")
        XCTAssertEqual(Transliteration.singleColumn("£"), "?", "GBP does not fit one column")
        XCTAssertEqual(Transliteration.singleColumn("─"), "-")
        XCTAssertEqual(Transliteration.singleColumn("│"), "|")
    }

    func testJSONStaysJSONWithQuotesAndBackslashesEscaped() throws {
        let json = #"{"a":"say “hi” – £5","b":["x·y"]}"#
        let ascii = Transliteration.asciiJSON(Data(json.utf8))
        XCTAssertTrue(ascii.allSatisfy { $0 < 0x80 })
        let back = try JSONSerialization.jsonObject(with: ascii) as? [String: Any]
        XCTAssertEqual(back?["a"] as? String, "say \"hi\" - GBP5")
        XCTAssertEqual(back?["b"] as? [String], ["x|y"])
    }

    func testTheContentFileOpensInASCII() throws {
        let file = try ContentFile(path: Fixtures.contentPath, ascii: true)
        let almanac = try file.almanac()
        let plain = almanac.outcomes.map { o in o.statement + o.title }.joined()
        XCTAssertTrue(plain.utf8.allSatisfy { $0 < 0x80 })
        XCTAssertEqual(almanac.outcomes.count, 12)
    }
}
