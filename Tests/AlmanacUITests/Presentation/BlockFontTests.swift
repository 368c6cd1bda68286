@testable import AlmanacUI
import XCTest

/// The title's block letters are built byte by byte; they must come out as the plain
/// Character-by-Character rule draws them, in every mode, with and without Unicode.
final class BlockFontTests: XCTestCase {
    /// The rule as first written: each pixel a Character.
    private func reference(_ rows: [String], mode: BlockFont.Mode, ascii: Bool) -> [String] {
        let ink: Character = ascii ? "#" : "█"
        switch mode {
        case .double, .single:
            let n = mode.columnsPerPixel
            return rows.map { row in String(row.flatMap { Array(repeating: $0 == "#" ? ink : " ", count: n) }) }
        case .half:
            var out: [String] = []
            var r = 0
            while r < rows.count {
                let top = Array(rows[r])
                let bottom = r + 1 < rows.count ? Array(rows[r + 1]) : Array(repeating: ".", count: top.count)
                out.append(String(zip(top, bottom).map { t, b -> Character in
                    switch (t == "#", b == "#") {
                    case (true, true): return "█"
                    case (true, false): return "▀"
                    case (false, true): return "▄"
                    case (false, false): return " "
                    }
                }))
                r += 2
            }
            return out
        }
    }

    func testRenderingMatchesTheCharacterRule() throws {
        let texts = ["The local government digitalisation almanac", "ABCDEFGHIJKLM", "NOPQRSTUVWXYZ", "0123456789 -&.,':?", "I"]
        for text in texts {
            for word in text.split(separator: " ") {
                let rows = BlockFont.pixels(word)
                for mode in BlockFont.Mode.allCases {
                    for ascii in [false, true] {
                        XCTAssertEqual(BlockFont.render(rows, mode: mode, ascii: ascii), reference(rows, mode: mode, ascii: ascii), "\(word) \(mode) \(ascii)")
                    }
                }
            }
        }
    }

    func testTheLargestLettersThatFitAreChosen() throws {
        let wide = try XCTUnwrap(BlockFont.layout("Data", width: 80, height: 20))
        XCTAssertEqual(wide.count, 5, "one line of letters, five pixels high")
        XCTAssertTrue(wide[0].hasPrefix("██████  "), wide[0])   // D's top row, two cells a pixel
        let small = try XCTUnwrap(BlockFont.layout("Data", width: 20, height: 3))
        XCTAssertEqual(small.count, 3, "half blocks: three rows")
        XCTAssertNil(BlockFont.layout("Data", width: 10, height: 2))
        XCTAssertNil(BlockFont.layout("Data", width: 80, height: 20, ascii: true).flatMap { $0.first { $0.contains("█") } })
    }
}

/// Sentences are cut from slices of the text; they must be cut where the array rule cut them.
final class BlockTextSentencesTests: XCTestCase {
    private func reference(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var start = 0
        var i = 0
        while i < chars.count - 1 {
            if ".?!".contains(chars[i]), chars[i + 1] == " ", i - start > 12 {
                out.append(String(chars[start...i]))
                start = i + 2
                i += 1
            }
            i += 1
        }
        if start < chars.count { out.append(String(chars[start...])) }
        return out
    }

    func testCutsWhereTheCharacterRuleCuts() throws {
        var samples = ["", ".", "Hi. There.", "A short one. And a longer sentence follows here. Then?  Two spaces! End",
                       "Councils (e.g. Anytown) do this. Résumé of café work… is next. 数据很重要。 Then more text here.",
                       "Exactly twelve. Thirteen char. Fourteen chars! ok", "Ends with a stop. "]
        let almanac = try String(contentsOfFile: RealContent.root.appendingPathComponent("Resources/almanac-2023.txt").path, encoding: .utf8)
        samples += almanac.split(separator: "\n").map(String.init)
        for text in samples { XCTAssertEqual(BlockText.sentences(text), reference(text), text) }
    }
}
