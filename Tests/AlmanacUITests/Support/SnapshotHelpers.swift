import SnapshotTesting
import XCTest
@testable import AlmanacUI

/// A screen as two snapshots under `__Snapshots__` beside the test: its text
/// (`test.NAME.txt`) and its styles (`test.NAME-styles.txt`, see `Screen.styleLayer`),
/// since text alone passes when the selection loses its reverse video. Without a name the
/// files are `test.1…`, as the library names a test's first unnamed snapshot.
func assertFrame(_ screen: Screen, named name: String? = nil,
                 file: StaticString = #filePath, testName: String = #function, line: UInt = #line) {
    let name = name ?? "1"
    assertSnapshot(of: screen.text, as: .lines, named: name, file: file, testName: testName, line: line)
    assertSnapshot(of: screen.styleLayer, as: .lines, named: "\(name).styles", file: file, testName: testName, line: line)
}
