import XCTest
@testable import AlmanacModel

final class FilePathsTests: XCTestCase {
    func testFilesBesideAProgressFileReplaceItsLastExtension() {
        XCTAssertEqual(FilePaths.beside("/h/p/progress.json", "reviews.json"), "/h/p/progress.reviews.json")
        XCTAssertEqual(FilePaths.beside("/h/p/progress", "notes.md"), "/h/p/progress.notes.md")
        XCTAssertEqual(FilePaths.beside("/h/council.2027.json", "present.json"), "/h/council.2027.present.json")
        XCTAssertEqual(FilePaths.beside("/h/.progress", "notes.md"), "/h/.progress.notes.md", "a hidden name keeps its dot")
        XCTAssertEqual(FilePaths.beside("/p.json", "notes.md"), "/p.notes.md")
        XCTAssertEqual(FilePaths.beside("p.json", "notes.md"), "./p.notes.md")
    }

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
