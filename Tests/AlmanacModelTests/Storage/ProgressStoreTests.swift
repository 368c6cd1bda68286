import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// The safety rules of saving: locked, merged, backed up, atomic, and never over a bad file.
final class ProgressStoreTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUp() { folder = TemporaryFolder() }
    override func tearDown() { folder = nil }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func testMissingFileLoadsEmptyAndFirstSaveCreatesFolderAndPrivateFile() throws {
        let store = ProgressStore(path: folder.file("a/b/progress.json"))
        XCTAssertEqual(try store.load(), Progress())
        try store.update(now: Sample.t0) { $0.steps["data.1.1"] = Sample.step() }
        XCTAssertEqual(try store.load().steps["data.1.1"], Sample.step())
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.file("a/b"))
        XCTAssertEqual((folderAttributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        XCTAssertEqual(folder.names("a/b"), ["progress.json", "progress.json.lock"], "no backup of nothing, no temporaries")
    }

    func testEachSaveKeepsTheReplacedVersionAndOnlyTheNewestTen() throws {
        var store = ProgressStore(path: folder.file("progress.json"))
        store.editingBackupInterval = 0   // every save backs up (ProgressBackupsTests covers coalescing)
        var written: [Data] = []
        for i in 0..<14 {
            try store.update(now: Sample.t0.addingTimeInterval(Double(i))) {
                $0.steps["data.1.1"] = Sample.step(note: "version \(i)", at: Double(i))
            }
            written.append(bytes(store.path)!)
        }
        let backups = store.backups()
        XCTAssertEqual(backups.count, 10)
        // Newest backup is the version before the current one.
        for (n, backup) in backups.enumerated() {
            XCTAssertEqual(bytes(backup.path), written[12 - n], "backup \(n + 1)")
        }
        XCTAssertTrue(backups[0].path.hasPrefix(store.path + ".backups/"))
        XCTAssertEqual(backups[0].date, Sample.t0.addingTimeInterval(13))
    }

    func testSavingTheSameContentWritesNothing() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update(now: Sample.t0) { $0.steps["data.1.1"] = Sample.step() }
        let result = try store.update(now: Sample.t0) { $0.steps["data.1.1"] = Sample.step() }
        XCTAssertFalse(result.wrote)
        XCTAssertTrue(store.backups().isEmpty)
    }

    func testBrokenFileIsNeverOverwritten() throws {
        let cases = ["", "{\"version\": 1, \"steps\": {\"a\": {\"sta", "not json", "{\"version\": 99, \"steps\": {}}",
                     "{\"version\": 1, \"steps\": {\"a\": {\"status\": \"?\", \"changed\": \"2026-01-01T00:00:00Z\"}}}"]
        for (i, text) in cases.enumerated() {
            let path = folder.write("broken\(i).json", text)
            let before = bytes(path)
            let store = ProgressStore(path: path)
            XCTAssertThrowsError(try store.update { $0.steps["data.1.1"] = Sample.step() }) { error in
                XCTAssertEqual((error as? ProgressError)?.kind, .unreadable, "\(error)")
            }
            XCTAssertThrowsError(try store.save([StepChange(step: "data.1.1", [.status(.done)], at: Sample.t0)]))
            XCTAssertEqual(bytes(path), before, "case \(i) bytes unchanged")
            XCTAssertTrue(store.backups().isEmpty)
        }
        XCTAssertFalse(folder.names().contains { $0.contains(".tmp-") })
    }

    func testAFolderInPlaceOfTheFileIsReportedAndLeftAlone() throws {
        try FileManager.default.createDirectory(atPath: folder.file("progress.json"), withIntermediateDirectories: false)
        let store = ProgressStore(path: folder.file("progress.json"))
        XCTAssertThrowsError(try store.load()) { XCTAssertTrue("\($0)".contains("it is a folder, not a file"), "\($0)") }
        XCTAssertThrowsError(try store.update { _ in })
        XCTAssertThrowsError(try store.repair()) { XCTAssertTrue("\($0)".contains("folder")) }
        XCTAssertThrowsError(try store.restore(1))
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    func testAPipeInPlaceOfTheFileDoesNotHang() throws {
        let path = folder.file("progress.json")
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertThrowsError(try ProgressStore(path: path).load()) {
            XCTAssertTrue("\($0)".contains("not a regular file"), "\($0)")
        }
    }

    func testUnreadablePermissionsAreNamed() throws {
        try XCTSkipIf(getuid() == 0, "root reads any file; the CLI tests cover this as another user")
        let path = folder.write("progress.json", "{\"version\": 1, \"steps\": {}}")
        chmod(path, 0o000)
        XCTAssertThrowsError(try ProgressStore(path: path).load()) {
            XCTAssertTrue("\($0)".contains("permission denied"), "\($0)")
        }
    }

    func testWhenTheFolderCannotBeMadeNothingIsWritten() throws {
        _ = folder.write("blocker", "a file where a folder should be")
        let store = ProgressStore(path: folder.file("blocker/progress.json"))
        XCTAssertThrowsError(try store.update { $0.steps["x"] = Sample.step() }) { error in
            XCTAssertEqual((error as? ProgressError)?.kind, .unwritable)
            XCTAssertTrue("\(error)".contains("nothing was changed"), "\(error)")
        }
        XCTAssertEqual(folder.names(), ["blocker"])
    }

    func testUnknownIDsSurviveEveryKindOfWrite() throws {
        let path = folder.write("progress.json", """
            {"version": 1, "steps": {"future.9.9": {"status": "done", "changed": "2026-01-01T00:00:00Z", "note": "keep me"}}}
            """)
        let store = ProgressStore(path: path)
        try store.update { $0.steps["data.1.1"] = Sample.step() }
        try store.save([StepChange(step: "data.1.2", [.status(.done)], at: Sample.t0)])
        try store.restore(1)
        XCTAssertEqual(try store.load().steps["future.9.9"]?.note, "keep me")
    }

    func testSaveAppliesOnlyTheChangedFieldsToWhatTheFileHoldsNow() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update { $0.steps["a"] = Sample.step(.inProgress, note: "KEEP", owner: "Sam", due: "2027-01-31") }
        // Another process changes step b meanwhile.
        try store.update { $0.steps["b"] = Sample.step(.done, at: 5) }
        let result = try store.save([StepChange(step: "a", [.status(.done)], at: Sample.t0.addingTimeInterval(9)),
                                     StepChange(step: "c", [.status(.inProgress)], at: Sample.t0.addingTimeInterval(9))])
        let saved = try store.load()
        XCTAssertEqual(saved, result.progress)
        XCTAssertEqual(saved.steps["a"]?.status, .done)
        XCTAssertEqual(saved.steps["a"]?.note, "KEEP", "a tick leaves the note")
        XCTAssertEqual(saved.steps["a"]?.owner, "Sam")
        XCTAssertEqual(saved.steps["a"]?.due, "2027-01-31")
        XCTAssertEqual(saved.steps["b"]?.status, .done, "their change kept")
        XCTAssertEqual(saved.steps["c"]?.status, .inProgress)
        XCTAssertEqual(saved.version, Progress.schemaVersion)
    }

    func testANoteChangedElsewhereWhileTypingIsKeptBesideTheNewOne() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update { $0.steps["a"] = Sample.step(.inProgress, note: "first") }
        try store.update { $0.steps["a"]?.set(.note("theirs"), at: Sample.t0.addingTimeInterval(5)) }
        let result = try store.save([StepChange(step: "a", [.note("mine")], at: Sample.t0.addingTimeInterval(9), seenNote: "first")])
        XCTAssertEqual(result.noteClashes, ["a"])
        XCTAssertEqual(try store.load().steps["a"]?.note, "mine\n[also written elsewhere meanwhile] theirs")
    }

    func testAVersion1FileLoadsWithEveryFieldAtItsStepsTime() throws {
        let path = folder.write("progress.json", """
            {"version": 1, "steps": {"data.1.1": {"status": "done", "changed": "2026-01-01T00:00:00Z", "note": "n"}}}
            """)
        let store = ProgressStore(path: path)
        let step = try XCTUnwrap(store.load().steps["data.1.1"])
        let t = try XCTUnwrap(Timestamp.parse("2026-01-01T00:00:00Z"))
        XCTAssertEqual(step.times, FieldTimes(all: t))
        try store.save([StepChange(step: "data.1.2", [.status(.done)], at: t)])
        let text = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: path)), as: UTF8.self)
        XCTAssertTrue(text.contains("\"version\" : 2"), text)
        XCTAssertEqual(try store.load().steps["data.1.1"], step, "migration keeps every value and time")
    }

    func testRestoreKeepsTheCurrentFileAsABackup() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update(now: Sample.t0) { $0.steps["a"] = Sample.step(note: "one") }
        try store.update(now: Sample.t0.addingTimeInterval(1)) { $0.steps["a"] = Sample.step(note: "two") }
        let current = bytes(store.path)
        try store.restore(1, now: Sample.t0.addingTimeInterval(2))
        XCTAssertEqual(try store.load().steps["a"]?.note, "one")
        XCTAssertEqual(bytes(store.backups()[0].path), current)
        XCTAssertThrowsError(try store.restore(7)) { error in
            XCTAssertEqual((error as? ProgressError)?.kind, .badRequest)
            XCTAssertTrue("\(error)".contains("backups are numbered 1-2"), "\(error)")
        }
    }

    func testARestoreIsANewChangeThatAnOlderCopyCannotUndo() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.save([StepChange(step: "a", [.note("one")], at: Sample.t0)], now: Sample.t0, reason: .merge)
        try store.save([StepChange(step: "a", [.note("two")], at: Sample.t0.addingTimeInterval(1)),
                        StepChange(step: "b", [.status(.done)], at: Sample.t0.addingTimeInterval(1))], now: Sample.t0.addingTimeInterval(1))
        let synced = try store.load()   // a colleague's copy, taken before the restore
        let newest = try XCTUnwrap(store.backups().first { (try? ProgressStore(path: $0.path).load().steps["a"]?.note) == "one" })
        let number = try XCTUnwrap(store.backups().firstIndex(of: newest)) + 1
        try store.restore(number, now: Sample.t0.addingTimeInterval(60))
        XCTAssertEqual(try store.load().steps["a"]?.note, "one")
        XCTAssertEqual(try store.load().status(of: "b"), .notStarted, "a tick made since is taken back too")
        let merged = ProgressMerge.join(try store.load(), synced)
        XCTAssertEqual(merged.steps["a"]?.note, "one", "the restore is later than the old copy")
        XCTAssertEqual(merged.status(of: "b"), .notStarted)
    }

    func testRestoreOverABrokenFileMovesItAsideFirst() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update(now: Sample.t0) { $0.steps["a"] = Sample.step(note: "one") }
        try store.update(now: Sample.t0.addingTimeInterval(1)) { $0.steps["a"] = Sample.step(note: "two") }
        FileManager.default.createFile(atPath: store.path, contents: Data("garbage".utf8))
        let result = try store.restore(1, now: Sample.t0.addingTimeInterval(2))
        XCTAssertEqual(try store.load().steps["a"]?.note, "one")
        let broken = folder.names().filter { $0.hasPrefix("progress.json.broken-") }
        XCTAssertEqual(broken.count, 1)
        XCTAssertEqual(result.movedAside, folder.file(broken[0]))
        XCTAssertEqual(bytes(folder.file(broken[0])), Data("garbage".utf8))
    }

    func testRepairMovesABadFileAsideAndKeepsTheReadableSteps() throws {
        let path = folder.write("progress.json", """
            {"version": 1, "steps": {
              "data.1.1": {"status": "done", "changed": "2026-01-01T00:00:00Z"},
              "data.1.2": {"status": "done", "changed": "last tuesday"}}}
            """)
        let original = bytes(path)
        let store = ProgressStore(path: path)
        let report = try store.repair(now: Sample.t0)
        guard case .movedAside(let broken, let recovered, let dropped) = report.outcome else {
            return XCTFail("\(report)")
        }
        XCTAssertEqual(broken, path + ".broken-20260528T202640.000Z")
        XCTAssertEqual(bytes(broken), original)
        XCTAssertEqual(recovered, 2, "a step with an unreadable time keeps its status")
        XCTAssertEqual(dropped.count, 1)
        XCTAssertEqual(try store.load().steps["data.1.2"]?.status, .done)
        XCTAssertNotNil(report.droppedList)
        XCTAssertEqual(try store.repair().outcome, .healthy)
    }

    func testRepairOfUnsalvageableFileLeavesNoFile() throws {
        let path = folder.write("progress.json", "{\"version\": 1, \"ste")
        let report = try ProgressStore(path: path).repair(now: Sample.t0)
        guard case .movedAside(_, 0, _) = report.outcome else { return XCTFail("\(report)") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        XCTAssertTrue(report.problem?.contains("truncated") ?? false)
        XCTAssertEqual(try ProgressStore(path: folder.file("none.json")).repair().outcome, .missing)
    }

    func testRepairLeavesAFileFromANewerAlmanacAlone() throws {
        let path = folder.write("progress.json", "{\"version\": 4, \"steps\": {}}")
        XCTAssertThrowsError(try ProgressStore(path: path).repair()) { error in
            XCTAssertTrue("\(error)".contains("newer almanac"), "\(error)")
        }
        XCTAssertEqual(folder.names(), ["progress.json", "progress.json.lock"])
    }

    func testSymbolicLinkIsFollowedNotReplaced() throws {
        let real = folder.file("real.json")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: real)
        try ProgressStore(path: folder.file("link.json")).update { $0.steps["a"] = Sample.step() }
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.json")), real)
        XCTAssertEqual(try ProgressStore(path: real).load().steps.count, 1)
    }

    func testTwoWritersOfTwoHundredStepsEachLoseNothing() throws {
        let path = folder.file("progress.json")
        let group = DispatchGroup()
        let failures = FailureList()
        for writer in 0..<2 {
            DispatchQueue.global().async(group: group) {
                // flock is not fair: on a busy machine one writer can wait long for the other.
                var store = ProgressStore(path: path)
                store.lockTimeout = 600
                for i in 0..<200 {
                    do {
                        try store.update { $0.steps["w\(writer).\(i)"] = Sample.step(.done, at: Double(i)) }
                    } catch {
                        failures.add("\(error)")
                    }
                }
            }
        }
        group.wait()
        XCTAssertEqual(failures.all, [])
        let saved = try ProgressStore(path: path).load()
        XCTAssertEqual(saved.steps.count, 400)
        XCTAssertTrue(saved.steps.values.allSatisfy { $0.status == .done })
    }

    func testLockTimesOutWithAClearMessage() throws {
        var store = ProgressStore(path: folder.file("progress.json"))
        store.lockTimeout = 0.2
        let fd = open(store.lockPath, O_RDWR | O_CREAT, 0o600)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX), 0)
        XCTAssertThrowsError(try store.update { $0.steps["a"] = Sample.step() }) { error in
            XCTAssertEqual((error as? ProgressError)?.kind, .busy)
            XCTAssertTrue("\(error)".contains("another almanac"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.path))
    }

    func testLeftoverTemporaryFilesAreCleanedUnderTheLock() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        _ = folder.write(".progress.json.tmp-99999-1", "{half")
        try store.update { $0.steps["a"] = Sample.step() }
        XCTAssertFalse(folder.names().contains { $0.contains(".tmp-") })
    }
}

/// Errors gathered from several threads.
final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
