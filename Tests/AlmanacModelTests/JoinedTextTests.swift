import AlmanacModel
import XCTest

/// `joinedText` stands in for `joined(separator:)` on the screens' first frames: same result.
final class JoinedTextTests: XCTestCase {
    func testJoinsAsTheStandardLibraryDoes() {
        let cases: [[String]] = [[], [""], ["a"], ["a", "b"], ["", "", ""], ["Data", "", "é", "数据"]]
        for parts in cases {
            for separator in ["", " ", "   ", ", "] {
                XCTAssertEqual(parts.joinedText(separator: separator), parts.joined(separator: separator), "\(parts)")
                XCTAssertEqual(parts.dropFirst().joinedText(separator: separator), parts.dropFirst().joined(separator: separator))
            }
        }
        XCTAssertEqual(["x", "y"].joinedText(), "xy")
    }
}
