import Foundation
import XCTest
@testable import AlmanacModel

/// Finding and reading the content file: the locator walks real folders, and `ContentFile.read`
/// reads with POSIX calls (both run before the guide's first screen).
final class ContentLocatorTests: XCTestCase {
    var tree = ""

    override func setUpWithError() throws {
        // realpath: /tmp may itself be a link, and the locator reports resolved paths.
        let base = NSTemporaryDirectory() + "almanac-locator-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        tree = ContentLocator.resolvingSymlinks(base)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: tree)
    }

    private func make(_ relative: String, _ text: String = "x") throws -> String {
        let path = tree + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testFindsResourcesAboveTheExecutableFollowingLinks() throws {
        let content = try make("clone/Resources/almanac.jsonl")
        let binary = try make("clone/.build/release/almanac")
        try FileManager.default.createDirectory(atPath: tree + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tree + "/bin/almanac", withDestinationPath: binary)
        XCTAssertEqual(ContentLocator.locate(executable: tree + "/bin/almanac", workingDirectory: "/", environment: [:]), content)
    }

    func testFindsAnInstalledShareFolder() throws {
        let content = try make("prefix/share/almanac/almanac.jsonl")
        let binary = try make("prefix/bin/almanac")
        XCTAssertEqual(ContentLocator.locate(executable: binary, workingDirectory: "/", environment: [:]), content)
    }

    func testFallsBackToFoldersAboveTheWorkingFolder() throws {
        let content = try make("work/Resources/almanac.jsonl")
        let binary = try make("elsewhere/almanac")
        try FileManager.default.createDirectory(atPath: tree + "/work/a/b", withIntermediateDirectories: true)
        XCTAssertEqual(ContentLocator.locate(executable: binary, workingDirectory: tree + "/work/a/b", environment: [:]), content)
    }

    func testCandidatesInOrder() throws {
        let binary = try make("p/bin/almanac")
        let candidates = ContentLocator.candidates(executable: binary, workingDirectory: "/w",
                                                   environment: ["ALMANAC_CONTENT": "/c.jsonl"])
        XCTAssertEqual(Array(candidates.prefix(4)), [
            "/c.jsonl", tree + "/p/share/almanac/almanac.jsonl",
            tree + "/p/bin/Resources/almanac.jsonl", tree + "/p/Resources/almanac.jsonl",
        ])
        XCTAssertEqual(Array(candidates.suffix(2)), ["/w/Resources/almanac.jsonl", "/Resources/almanac.jsonl"])
        XCTAssertTrue(candidates.contains("/Resources/almanac.jsonl"))
        XCTAssertEqual(candidates.filter { $0 == "/Resources/almanac.jsonl" }.count, 2, "both walks end at the root")
    }

    func testARelativeExecutableIsTakenFromTheWorkingFolder() throws {
        let content = try make("r/Resources/almanac.jsonl")
        _ = try make("r/tools/almanac")
        XCTAssertEqual(ContentLocator.locate(executable: "tools/../tools/almanac", workingDirectory: tree + "/r/tools/..",
                                             environment: [:]), content)
    }

    func testReadGivesTheBytesOrNil() throws {
        let text = String(repeating: "line of content\n", count: 20_000)
        let path = try make("big.jsonl", text)
        XCTAssertEqual(ContentFile.read(path), Data(text.utf8))
        XCTAssertEqual(ContentFile.read(try make("empty.jsonl", "")), Data())
        XCTAssertNil(ContentFile.read(tree + "/missing.jsonl"))
        XCTAssertNil(ContentFile.read(tree), "a folder is not content")
        XCTAssertEqual(mkfifo(tree + "/fifo", 0o600), 0)
        XCTAssertNil(ContentFile.read(tree + "/fifo"), "a FIFO is refused without waiting for a writer")
    }

    func testUnreadableContentIsExplained() throws {
        XCTAssertThrowsError(try ContentFile(path: tree + "/missing.jsonl")) {
            XCTAssertTrue("\($0)".hasSuffix("missing.jsonl: no such file or folder; check the path, or pass --content FILE"), "\($0)")
        }
        XCTAssertThrowsError(try ContentFile(path: tree)) {
            XCTAssertTrue("\($0)".hasSuffix("it is a folder, not a file; pass --content FILE naming the almanac's Resources/almanac.jsonl"), "\($0)")
        }
    }
}
