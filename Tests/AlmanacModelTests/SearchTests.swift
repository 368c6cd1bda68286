import XCTest
@testable import AlmanacModel

final class SearchTests: XCTestCase {
    static let index = SearchIndex(almanac: Fixtures.almanac)

    func hits(_ q: String) -> [SearchHit] { Self.index.search(SearchQuery(q)!) }

    func testLoRaWANFindsTheConnectivityStepFirst() {
        let first = hits("lorawan").first
        XCTAssertEqual(first?.outcome, "connectivity")
        XCTAssertEqual(first?.place, .step("connectivity.3.3"))
        XCTAssertEqual(first.map { String($0.text[$0.match]) }, "LoRaWAN", "the match range covers the original text")
    }

    func testEmptyQueryIsNotAQuery() {
        XCTAssertNil(SearchQuery(""))
        XCTAssertNil(SearchQuery("   \"\" "))
    }

    func testCurlyAndStraightApostrophesMatchEachOther() {
        // The Leadership chapter writes Nesta’s with a curly apostrophe.
        XCTAssertTrue(hits("nesta's").contains { $0.outcome == "leadership" })
        // Most of the text uses straight ones.
        XCTAssertFalse(hits("council’s responsibilities").isEmpty)
    }

    func testAllWordsMustMatchButNotInOrder() {
        let both = hits("budgeting participatory")
        XCTAssertFalse(both.isEmpty)
        for h in both {
            let t = h.text.lowercased()
            XCTAssertTrue(t.contains("budgeting") && t.contains("participatory"))
        }
        XCTAssertTrue(hits("lorawan zebra").isEmpty)
    }

    func testQuotedPhraseMatchesWordsInOrder() {
        let phrase = hits("\"data ethics framework\"")
        XCTAssertFalse(phrase.isEmpty)
        XCTAssertTrue(phrase.allSatisfy { $0.text.lowercased().contains("data ethics framework") })
        XCTAssertTrue(hits("\"framework ethics data\"").isEmpty)
    }

    func testStepsAndHeadingsRankBeforeBodyText() {
        let results = hits("data")
        let firstBody = results.firstIndex { if case .text = $0.place { return true } else { return false } }!
        let lastStep = results.lastIndex { if case .step = $0.place { return true } else { return false } }!
        XCTAssertLessThan(lastStep, firstBody)
    }

    func testSearchesCaseStudiesTablesResourcesAndAnnexes() {
        XCTAssertTrue(hits("wimbletech").contains { if case .caseStudy = $0.place { return true } else { return false } })
        XCTAssertTrue(hits("gigabit broadband").contains { $0.text.contains("Gigabit broadband") }, "table cells")
        XCTAssertTrue(hits("staffordshire moorlands").contains { $0.outcome == nil }, "annex A")
        XCTAssertTrue(hits("mortar works").contains { $0.outcome == nil }, "experts")
        XCTAssertTrue(hits("Digital Exclusion Risk Index").contains { $0.outcome == "inclusion" }, "resource names")
    }

    func testSnippetShowsContextAroundTheMatch() {
        let hit = hits("multidisciplinary").first!
        let snippet = hit.snippet(context: 10)
        XCTAssertTrue(snippet.lowercased().contains("multidisciplinary"))
        XCTAssertLessThan(snippet.count, hit.text.count)
    }
}

final class ByteSearchTests: XCTestCase {
    func find(_ n: String, _ h: String) -> Int? { SearchIndex.find(Array(n.utf8), in: Array(h.utf8)) }

    func testFindsAtEdgesAndAfterFalseStarts() {
        XCTAssertEqual(find("ab", "ab"), 0)
        XCTAssertEqual(find("ab", "xxab"), 2)
        XCTAssertEqual(find("aab", "aaaab"), 2)
        XCTAssertNil(find("abc", "ab"))
        XCTAssertNil(find("b", ""))
        XCTAssertEqual(find("’", "nesta’s"), 5, "multi-byte needles match by bytes")
    }
}
