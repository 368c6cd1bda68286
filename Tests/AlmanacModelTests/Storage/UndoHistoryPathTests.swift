@testable import AlmanacStorage
import XCTest

/// Where each person's undo history lives: the names must not change when the fast ASCII path
/// is taken (a changed name would lose the history kept from earlier runs).
final class UndoHistoryPathTests: XCTestCase {
    /// The rule as written before the ASCII path, Character by Character.
    private func slow(_ text: String, slash: Character) -> String {
        String(text.map { c -> Character in c == "/" ? slash : c.isLetter || c.isNumber || "-_.@".contains(c) ? c : "_" })
    }

    func testTheASCIIPathNamesFilesAsTheCharacterRuleDoes() {
        var samples = ["/home/priya/council/progress.json", "sam@host-1.local", "a b/c:d;e\\f", "", "/", "@@..--__",
                       "/tmp/Ünïcode/prögress.json", "zoë@hôte", "数据/进度.json", "tab\there", "emoji🙂/x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            samples.append(String((0..<Int.random(in: 0...30, using: &generator)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
            }))
        }
        for text in samples {
            XCTAssertEqual(UndoHistory.fileName(text, slash: "%"), slow(text, slash: "%"), text)
            XCTAssertEqual(UndoHistory.fileName(text, slash: "_"), slow(text, slash: "_"), text)
        }
    }

    func testPathsBesideTheFileAndInTheStateFolder() {
        XCTAssertEqual(UndoHistory.path(for: "/w/p.json", user: "sam smith", host: "pc/1"), "/w/p.json.undo/sam_smith@pc_1.json")
        XCTAssertEqual(UndoHistory.fallbackPath(for: "/w/my p.json", stateFolder: "/s"), "/s/almanac/undo/%w%my_p.json.json")
    }
}
