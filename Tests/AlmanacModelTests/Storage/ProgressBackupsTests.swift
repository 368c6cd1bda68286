import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// Backups that serve recovery: few while editing, always before a bulk change, never doubled,
/// and kept long enough to go back a day or a month. Every time is injected; nothing waits.
final class ProgressBackupsTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUp() { folder = TemporaryFolder("backups") }
    override func tearDown() { folder = nil }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// What a file says about each step, without times: a restore stamps what it puts back
    /// with the time of the restore, so the bytes differ but the progress is the backup's.
    private func values(_ data: Data?) -> [String: [String]] {
        guard let data, let p = try? ProgressDecoding.decode(data, path: "") else { return [:] }
        var out: [String: [String]] = [:]
        for (id, s) in p.steps where !(s.status == .notStarted && s.note == nil && s.owner == nil && s.due == nil) {
            out[id] = StepField.allCases.map { s[$0].text }
        }
        return out
    }
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

    // MARK: Coalescing

    func testThirtyEditsWithinAMinuteMakeAtMostAFewBackups() throws {
        let store = try started()
        let original = bytes(store.path)
        for i in 0..<30 { try edit(store, i, at: 1 + Double(i) * 2) }
        let backups = store.backups()
        XCTAssertEqual(backups.count, 1, "\(backups)")
        XCTAssertEqual(bytes(backups[0].path), original, "the version before the editing began")
        XCTAssertEqual(backups[0].reason, .editing)
        XCTAssertTrue(backups[0].path.hasSuffix(".editing.json"), backups[0].path)
    }

    func testEditingIsBackedUpAgainOnceTheIntervalHasPassed() throws {
        let store = try started()
        try edit(store, 1, at: 1)      // backs up the start
        let afterFirst = bytes(store.path)
        try edit(store, 2, at: 299)    // within 5 minutes of that backup: none
        let afterSecond = bytes(store.path)
        try edit(store, 3, at: 302)    // 5 minutes on: the file it replaces is kept
        let backups = store.backups()
        XCTAssertEqual(backups.count, 2)
        XCTAssertEqual(bytes(backups[0].path), afterSecond)
        XCTAssertNotEqual(afterFirst, afterSecond)
        XCTAssertEqual(backups[0].date, at(302))
    }

    func testWithoutAnIntervalEverySaveIsKept() throws {
        var store = try started()
        store.editingBackupInterval = 0
        for i in 0..<5 { try edit(store, i, at: 1 + Double(i)) }
        XCTAssertEqual(store.backups().count, 5)
    }

    func testABulkChangeIsAlwaysBackedUpEvenRightAfterAnEdit() throws {
        let store = try started()
        try edit(store, 1, at: 1)
        let beforeMerge = bytes(store.path)
        try edit(store, 2, at: 2, reason: .merge)
        let backups = store.backups()
        XCTAssertEqual(backups.map(\.reason), [.merge, .editing])
        XCTAssertEqual(bytes(backups[0].path), beforeMerge)
        XCTAssertTrue(backups[0].path.hasSuffix("20260528T202642.000Z.merge.json"), backups[0].path)
        // And an edit right after a bulk change is backed up: the merged file is kept too.
        let merged = bytes(store.path)
        try edit(store, 3, at: 3)
        XCTAssertEqual(store.backups().map(\.reason), [.editing, .merge, .editing])
        XCTAssertEqual(bytes(store.backups()[0].path), merged)
    }

    // MARK: A merge can be undone

    func testAMergeIsRestorableAfterTwentyFurtherEditsInQuickSuccession() throws {
        try checkMergeSurvives(editsApart: 3)
    }

    func testAMergeIsRestorableAfterTwentyFurtherEditsHoursApart() throws {
        // Each edit makes a backup, so the merge's backup is long past the newest 10.
        try checkMergeSurvives(editsApart: 3600)
    }

    private func checkMergeSurvives(editsApart gap: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let store = try started()
        try edit(store, 0, at: 10)
        let beforeMerge = try XCTUnwrap(bytes(store.path))
        try store.update(now: at(20), reason: .merge) { $0.steps["data.2.1"] = Sample.step(note: "theirs", at: 20) }
        for i in 1...20 { try edit(store, i, at: 20 + Double(i) * gap) }
        let backups = store.backups()
        let number = try XCTUnwrap(backups.firstIndex { $0.reason == .merge }, "\(backups)", file: file, line: line) + 1
        XCTAssertEqual(bytes(backups[number - 1].path), beforeMerge, file: file, line: line)
        let result = try store.restore(number, now: at(20 + 21 * gap))
        XCTAssertEqual(result.backup.reason, .merge, file: file, line: line)
        XCTAssertEqual(values(bytes(store.path)), values(beforeMerge), "the file is as it was before the merge", file: file, line: line)
        XCTAssertNil(try store.load().steps["data.2.1"]?.note, "the merged note is gone again", file: file, line: line)
        XCTAssertEqual(store.backups().first?.reason, .restore, file: file, line: line)
    }

    // MARK: No duplicates

    func testASaveKilledAfterItsLinkLeavesNoDuplicate() throws {
        let store = try started()
        try edit(store, 1, at: 1)
        // A save killed between its link and its rename: the newest backup is the current file.
        let current = try XCTUnwrap(bytes(store.path))
        let leftover = try XCTUnwrap(try ProgressBackups.keep(store.path, bytes: current, now: at(1000), reason: .merge,
                                                              editingInterval: 300))
        XCTAssertEqual(store.backups().count, 2)
        // The next save (a bulk one, which would always back up) finds it and links nothing more.
        try edit(store, 2, at: 2000, reason: .merge)
        let backups = store.backups()
        XCTAssertEqual(backups.count, 2, "\(backups)")
        XCTAssertEqual(backups[0].path, leftover)
        XCTAssertEqual(bytes(leftover), current, "it now holds the version that save replaced")
        let distinct = Set(backups.compactMap { bytes($0.path) })
        XCTAssertEqual(distinct.count, backups.count, "every backup a different version")
    }

    func testACopiedBackupWithTheSameBytesCountsAsTheSameFile() throws {
        // Where hard links are not supported the leftover is a copy: same bytes, another inode.
        let store = try started()
        let current = try XCTUnwrap(bytes(store.path))
        try FileManager.default.createDirectory(atPath: ProgressBackups.folder(for: store.path), withIntermediateDirectories: true)
        let copy = ProgressBackups.folder(for: store.path) + "/" + ProgressBackups.name(date: at(5), reason: .editing)
        XCTAssertTrue(FileManager.default.createFile(atPath: copy, contents: current))
        try edit(store, 1, at: 1000, reason: .restore)
        XCTAssertEqual(store.backups().map(\.path), [copy])
        XCTAssertFalse(ProgressBackups.isSameFile(copy, as: store.path, bytes: try XCTUnwrap(bytes(store.path))))
    }

    func testTwoBackupsInOneMillisecondKeepDistinctOrderedNames() throws {
        var store = try started()
        store.editingBackupInterval = 0
        try edit(store, 1, at: 1)
        try edit(store, 2, at: 1, reason: .merge)
        try edit(store, 3, at: 1)
        let backups = store.backups()
        XCTAssertEqual(backups.count, 3)
        XCTAssertEqual(Set(backups.map { Timestamp.fileStamp($0.date) }).count, 3, "one stamp each")
        XCTAssertEqual(backups.map(\.reason), [.editing, .merge, .editing], "newest first")
    }

    // MARK: Retention

    private func backup(_ date: Date, _ reason: BackupReason = .editing) -> ProgressBackup {
        ProgressBackup(path: "/b/" + ProgressBackups.name(date: date, reason: reason), date: date, reason: reason)
    }

    func testRetentionKeepsTheNewestTenAndOnePerDayForThirtyDays() {
        // One backup every 6 hours for 60 days; now is just after the last.
        let all = (0..<240).map { backup(at(Double($0) * 6 * 3600)) }.reversed()
        let now = at(239 * 6 * 3600 + 60)
        let kept = ProgressBackups.kept(Array(all), now: now, retention: .init(newest: 10, days: 30, bulk: 10))
        let newest = Array(all.prefix(10))
        XCTAssertEqual(Array(kept.prefix(10)), newest, "the newest 10, newest first")
        let today = ProgressBackups.utcDay(now)
        var expected = Set(newest)
        for day in (today - 29)...today {
            let newestOfDay = all.first { ProgressBackups.utcDay($0.date) == day }
            XCTAssertNotNil(newestOfDay, "day \(day) has backups")
            if let newestOfDay { expected.insert(newestOfDay) }
        }
        XCTAssertEqual(Set(kept), expected)
        // 10 newest cover the last 2.5 days, so 27 more days each add one.
        XCTAssertEqual(kept.count, 37)
        XCTAssertTrue(kept.allSatisfy { ProgressBackups.utcDay($0.date) > today - 30 })
        XCTAssertEqual(kept, kept.sorted { $0.date > $1.date })
    }

    func testRetentionKeepsTheNewestBulkBackupsHoweverOld() {
        let merge = backup(at(0), .merge)
        let oldEdit = backup(at(10))
        let edits = (1...40).map { backup(at(Double($0) * 86_400 * 2)) }.reversed()
        let all = Array(edits) + [oldEdit, merge]
        let now = at(81 * 86_400)
        let kept = ProgressBackups.kept(all, now: now, retention: .init(newest: 10, days: 30, bulk: 10))
        XCTAssertTrue(kept.contains(merge), "the merge of 81 days ago can still be undone")
        XCTAssertFalse(kept.contains(oldEdit))
        XCTAssertFalse(ProgressBackups.kept(all, now: now, retention: .init(newest: 10, days: 30, bulk: 0)).contains(merge))
        // Only the newest `bulk` of them.
        let merges = (0..<15).map { backup(at(Double($0)), .merge) }.reversed()
        let keptMerges = ProgressBackups.kept(Array(merges) + Array(edits), now: now,
                                              retention: .init(newest: 10, days: 30, bulk: 10)).filter { $0.reason == .merge }
        XCTAssertEqual(keptMerges, Array(merges.prefix(10)))
    }

    func testPruningDeletesOnlyWhatRetentionDoesNotKeepAndNamesItCannotRead() throws {
        let path = folder.file("progress.json")
        let backups = ProgressBackups.folder(for: path)
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        var names: [String] = []
        for day in 0..<45 {
            for hour in [1.0, 13.0] {
                let name = ProgressBackups.name(date: at(Double(day) * 86_400 + hour * 3600), reason: .editing)
                _ = folder.write("progress.json.backups/" + name, "{}")
                names.append(name)
            }
        }
        let strangers = ["20260101T000000.000Z.import.json", "notes.txt"]
        for name in strangers { _ = folder.write("progress.json.backups/" + name, "{}") }
        ProgressBackups.prune(for: path, now: at(44 * 86_400 + 14 * 3600), retention: .init())
        let left = folder.names("progress.json.backups")
        // The newest 10 span 6 UTC days; the 24 earlier of the last 30 keep one each.
        XCTAssertEqual(left.count, 34 + strangers.count, "\(left)")
        for name in strangers { XCTAssertTrue(left.contains(name), name) }
        XCTAssertEqual(Array(ProgressStore(path: path).backups().map { ($0.path as NSString).lastPathComponent }.prefix(10)),
                       Array(names.reversed().prefix(10)))
    }

    func testSavesOverFortyDaysKeepTenAndOnePerDay() throws {
        var store = try started()
        store.editingBackupInterval = 0
        var i = 0
        for day in 0..<40 {
            for hour in [9.0, 12.0, 17.0] {
                i += 1
                try edit(store, i, at: Double(day) * 86_400 + hour * 3600)
            }
        }
        let backups = store.backups()
        let days = Set(backups.map { ProgressBackups.utcDay($0.date) })
        XCTAssertEqual(days.count, 30, "one or more for each of the last 30 days, none older")
        XCTAssertEqual(backups.count, 10 + 30 - 4, "the newest 10 cover 4 of those days")
    }

    // MARK: Numbers and old names

    func testRestoreNumbersMatchTheListingIncludingDayKeptBackups() throws {
        var store = try started()
        store.editingBackupInterval = 0
        var contents: [Date: Data] = [:]
        for day in 0..<20 {
            let before = bytes(store.path)
            try edit(store, day, at: Double(day) * 86_400 + 3600)
            if let b = store.backups().first { contents[b.date] = before }
        }
        let listed = store.backups()
        XCTAssertGreaterThan(listed.count, 10)
        let number = listed.count - 1
        let chosen = listed[number - 1]
        XCTAssertEqual(bytes(chosen.path), contents[chosen.date])
        let result = try store.restore(number, now: at(20 * 86_400))
        XCTAssertEqual(result.backup, chosen)
        XCTAssertEqual(values(bytes(store.path)), values(contents[chosen.date]))
        XCTAssertFalse(values(contents[chosen.date]).isEmpty)
    }

    func testOldNamesWithoutAReasonListAsEditingAndRestore() throws {
        let store = try started()
        let old = "20260101T080000.000Z.json"
        let oldBytes = Data("{\"version\": 1, \"steps\": {\"data.3.1\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\"}}}".utf8)
        try FileManager.default.createDirectory(atPath: ProgressBackups.folder(for: store.path), withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: ProgressBackups.folder(for: store.path) + "/" + old, contents: oldBytes))
        try edit(store, 1, at: 1, reason: .merge)
        let listed = store.backups()
        XCTAssertEqual(listed.map(\.reason), [.merge, .editing])
        XCTAssertEqual(listed[1].path, ProgressBackups.folder(for: store.path) + "/" + old)
        XCTAssertEqual(listed[1].date, Timestamp.parse("2026-01-01T08:00:00Z"))
        try store.restore(2, now: at(2))
        XCTAssertEqual(Array(values(bytes(store.path)).keys), ["data.3.1"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: ProgressBackups.folder(for: store.path) + "/" + old), "restoring keeps the backup")
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
