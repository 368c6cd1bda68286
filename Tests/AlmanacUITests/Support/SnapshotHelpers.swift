import SnapshotTesting
import XCTest

/// A text snapshot of a screen, stored under `__Snapshots__` beside the test.
func assertSnapshotLines(_ text: String, named name: String? = nil,
                         file: StaticString = #filePath, testName: String = #function, line: UInt = #line) {
    assertSnapshot(of: text, as: .lines, named: name, file: file, testName: testName, line: line)
}
