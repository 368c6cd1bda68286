import XCTest
@testable import AlmanacModel

/// Backups that serve recovery: named for what replaced them. Every time is injected; nothing waits.
final class ProgressBackupsTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUp() { folder = TemporaryFolder("backups") }
    override func tearDown() { folder = nil }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    private func at(_ seconds: Double) -> Date { Sample.t0.addingTimeInterval(seconds) }

    /// A store whose file holds one step, written at `t0`.
    private func started() throws -> ProgressStore {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update(now: at(0)) { $0.steps["data.1.1"] = Sample.step(note: "start") }
        return store
    }

    private func edit(_ store: ProgressStore, _ i: Int, at seconds: Double,
                      reason: BackupReason = .editing) throws {
        try store.update(now: at(seconds), reason: reason) {
            $0.steps["data.1.1"] = Sample.step(note: "edit \(i)", at: seconds)
        }
    }

    // MARK: Names

    func testOldNamesWithoutAReasonListAsEditingAndRestore() throws {
        let store = try started()
        let old = "20260101T080000.000Z.json"
        let oldBytes = Data("{\"version\": 1, \"steps\": {\"data.3.1\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\"}}}".utf8)
        try FileManager.default.createDirectory(atPath: store.backupFolder, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: store.backupFolder + "/" + old, contents: oldBytes))
        try edit(store, 1, at: 1, reason: .merge)
        let listed = store.backups()
        XCTAssertEqual(listed.map(\.reason), [.merge, .editing])
        XCTAssertEqual(listed[1].path, store.backupFolder + "/" + old)
        XCTAssertEqual(listed[1].date, Timestamp.parse("2026-01-01T08:00:00Z"))
        try store.restore(2, now: at(2))
        XCTAssertEqual(try store.load().steps.keys.sorted(), ["data.3.1"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.backupFolder + "/" + old), "restoring keeps the backup")
    }

    func testNamesAreParsedStrictly() {
        XCTAssertEqual(ProgressBackups.parse(name: "20261125T085208.123Z.json")?.1, .editing)
        XCTAssertEqual(ProgressBackups.parse(name: "20261125T085208.123Z.merge.json")?.1, .merge)
        XCTAssertEqual(ProgressBackups.parse(name: "20261125T085208.123Z.repair.json")?.0,
                       Timestamp.parse("2026-11-25T08:52:08.123Z"))
        for name in ["20261125T085208.123Z.bulk.json", "20261125T085208.123Zmerge.json", "20261125T085208.123Z.json.tmp",
                     "20261125T085208.123Z..json", "x.json", ".20261125T085208.123Z.json"] {
            XCTAssertNil(ProgressBackups.parse(name: name), name)
        }
        XCTAssertEqual(BackupReason.merge.label, "before merge")
        XCTAssertEqual(BackupReason.editing.label, "editing")
    }
}
