import XCTest
@testable import AlmanacModel

final class EvidenceEditTests: XCTestCase {
    let a = Evidence("https://example.org/a"), b = Evidence("Board paper"), c = Evidence("Log", label: "Training")

    func testRemovalsByNumberThenAdditionsWithoutRepeats() {
        XCTAssertEqual(EvidenceEdit.apply(to: [a, b], removing: [1], adding: [c, b]), .success([b, c]))
        XCTAssertEqual(EvidenceEdit.apply(to: [a], removing: [], adding: [a]), .success([a]))
    }

    func testNumbersThatAreNotThereAreRefused() {
        XCTAssertEqual(EvidenceEdit.apply(to: [], removing: [1], adding: [a]), .failure(.nothingToRemove(1)))
        XCTAssertEqual(EvidenceEdit.apply(to: [a, b], removing: [2, 3], adding: []), .failure(.noItem(number: 3, count: 2)))
        XCTAssertEqual(EvidenceEdit.apply(to: [a, b], removing: [0], adding: []), .failure(.noItem(number: 0, count: 2)))
    }
}
