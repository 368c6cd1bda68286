import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// The state two `almanac present` terminals share, and how each adopts the other's moves.
final class PresentSessionTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    func session(_ slide: String, serial: Int, writer: String) -> PresentSession {
        PresentSession(slide: slide, startedAt: start, serial: serial, writer: writer)
    }

    func testAdoptsTheOtherTerminalsNewerMove() {
        let mine = session("data/title", serial: 3, writer: "projector")
        let theirs = session("data/statement", serial: 4, writer: "presenter")
        XCTAssertEqual(mine.adopting(theirs, me: "projector"), theirs)
    }

    func testIgnoresItsOwnWritesOlderWritesAndNothing() {
        let mine = session("data/title", serial: 3, writer: "projector")
        XCTAssertNil(mine.adopting(session("data/case-1", serial: 9, writer: "projector"), me: "projector"))
        XCTAssertNil(mine.adopting(session("data/case-1", serial: 2, writer: "presenter"), me: "projector"))
        XCTAssertNil(mine.adopting(nil, me: "projector"))
        XCTAssertNil(mine.adopting(mine, me: "presenter"), "an identical session changes nothing")
    }

    func testBothWritingAtOnceEndsInAgreement() {
        // Both moved from serial 4; the file kept the presenter's write.
        let projector = session("data/case-1", serial: 5, writer: "projector")
        let presenter = session("data/case-2", serial: 5, writer: "presenter")
        let file = presenter
        let adopted = projector.adopting(file, me: "projector")
        XCTAssertEqual(adopted, presenter, "the projector takes the write that won")
        XCTAssertNil(presenter.adopting(file, me: "presenter"))
        XCTAssertNil(adopted!.adopting(file, me: "projector"), "and then stays put")
    }

    func testWrittenIncreasesTheSerialAndSigns() {
        let s = session("overview", serial: 7, writer: "presenter").written(by: "projector")
        XCTAssertEqual(s.serial, 8)
        XCTAssertEqual(s.writer, "projector")
    }

    func testAnotherSchemaVersionIsNotAdopted() {
        var theirs = session("data/statement", serial: 9, writer: "presenter")
        theirs.version = 99
        XCTAssertNil(session("data/title", serial: 1, writer: "projector").adopting(theirs, me: "projector"))
    }

    func testNumbersOutOfRangeAreRefusedNotTrusted() throws {
        let fields: [(String, Any)] = [("serial", Int.max), ("serial", -1), ("page", -5), ("page", Int.max), ("width", Int.max)]
        for (key, value) in fields {
            var object: [String: Any] = ["version": 1, "slide": "data/title", "page": 0, "blanked": false, "overview": false,
                                         "tickMode": false, "startedAt": "2026-01-01T00:00:00Z", "serial": 3, "writer": "x"]
            XCTAssertNoThrow(try PresentSession.decode(JSONSerialization.data(withJSONObject: object)), "the sample is valid")
            object[key] = value
            XCTAssertThrowsError(try PresentSession.decode(JSONSerialization.data(withJSONObject: object)), "\(key) \(value)")
        }
        var s = PresentSession(slide: "a", startedAt: Date(), serial: PresentSession.maxSerial, writer: "x")
        s = s.written(by: "y")
        XCTAssertEqual(s.serial, 0, "no overflow")
    }

    func testAFailedWriteSaysWhyInPlainWords() throws {
        let folder = TemporaryFolder("session-file")
        _ = folder.write("blocker", "a file where a folder should be")
        let file = PresentSessionFile(path: folder.file("blocker/progress.present.json"))
        XCTAssertThrowsError(try file.write(PresentSession(slide: "a", startedAt: Date(), writer: "x"))) { error in
            let text = "\((error as? ProgressError)?.problem ?? "\(error)")"
            XCTAssertTrue(text.contains("is a file, not a folder"), text)
            XCTAssertFalse(text.contains("Domain"), text)
        }
        XCTAssertEqual(mkfifo(folder.file("pipe.present.json"), 0o600), 0)
        XCTAssertNil(PresentSessionFile(path: folder.file("pipe.present.json")).read(), "a pipe in its place does not hang")
    }

    func testEncodingRoundTripsAndIsReadable() throws {
        var s = session("inclusion/theme-2", serial: 12, writer: "presenter-41")
        s.page = 1
        s.blanked = true
        s.tickMode = true
        s.width = 160
        s.height = 48
        s.progressChanged = start.addingTimeInterval(90)
        let data = try s.encoded()
        XCTAssertEqual(try PresentSession.decode(data), s)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"slide\":\"inclusion\\/theme-2\"") || text.contains("\"slide\":\"inclusion/theme-2\""), text)
        XCTAssertTrue(text.contains("2026-09-21T"), "dates are ISO 8601: \(text)")
    }

    func testFileSitsBesideTheProgressFile() {
        XCTAssertEqual(PresentSessionFile(besideProgress: "/data/almanac/progress.json").path, "/data/almanac/progress.present.json")
        XCTAssertEqual(PresentSessionFile(besideProgress: "/data/almanac/table-3.json").path, "/data/almanac/table-3.present.json")
    }

    func testFileWritesAtomicallyAndReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("present-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = PresentSessionFile(besideProgress: dir.appendingPathComponent("nested/progress.json").path)
        XCTAssertNil(file.read(), "no file yet: nothing to follow")
        let s = session("value/title", serial: 1, writer: "projector")
        try file.write(s)
        XCTAssertEqual(file.read(), s)
        try file.write(s.written(by: "presenter"))
        XCTAssertEqual(file.read()?.serial, 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("nested").path)
        XCTAssertEqual(leftovers, ["progress.present.json"], "no temporary files left behind")
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: file.path))
        XCTAssertNil(file.read(), "a damaged file is ignored, not fatal")
    }
}
