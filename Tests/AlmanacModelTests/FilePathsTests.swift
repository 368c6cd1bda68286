import XCTest
@testable import AlmanacModel

final class FilePathsTests: XCTestCase {
    func testFolderAndNameOfEveryShapeOfPath() {
        let cases: [(String, String, String)] = [
            ("/tmp/a.json", "/tmp", "a.json"), ("a.json", ".", "a.json"), ("/a", "/", "a"), ("/", "/", "/"),
            (".", ".", "."), ("./", ".", "."), ("..", ".", ".."), ("../x/", "..", "x"), ("a//b", "a/", "b"), ("", ".", ""),
        ]
        for (path, folder, name) in cases {
            XCTAssertEqual(FilePaths.folder(of: path), folder, path)
            XCTAssertEqual(FilePaths.name(of: path), name, path)
        }
    }
}
