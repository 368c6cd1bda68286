import AlmanacModel
import Foundation

/// Reads and safely replaces one progress file.
///
/// Every write takes an exclusive lock (`<file>.lock`), re-reads the file, merges, keeps the
/// replaced version in `<file>.backups/` (see `ProgressBackups`), and replaces the file through
/// a temporary file, fsync and rename. A file that cannot be read is never overwritten.
public struct ProgressStore: Sendable {
    /// The progress file (symbolic links resolved, so a save replaces the target, not the link).
    public let path: String
    public var backupsToKeep = 10
    /// The newest backup of each of this many UTC days is kept too.
    public var backupDaysToKeep = 30
    /// And the newest this many backups kept before a merge, restore or repair.
    public var bulkBackupsToKeep = 10
    /// An edit makes no backup when the newest backup is an editing one younger than this.
    public var editingBackupInterval: TimeInterval = 300
    /// How long a save waits for another almanac's save to finish.
    public var lockTimeout: Double = 10
    /// Microseconds to pause between 4 KB chunks of a write: only for tests that kill a save
    /// mid-write (`ALMANAC_TEST_WRITE_PAUSE_US`); 0 otherwise.
    public var writePauseForTesting: UInt32 = 0

    /// Set when this progress file belongs to a team (`almanac team join`): it then loads the
    /// team's merged progress and saves only into this member's own file in the team folder.
    public let team: TeamLink?
    /// Why the team link beside the file cannot be read; loads and saves then refuse.
    let teamLinkProblem: ProgressError?
    let teamCache = TeamReadCache()

    /// `joiningTeam` false: this file alone, even when it belongs to a team (for `team leave`).
    public init(path: String, joiningTeam: Bool = true) {
        self.path = FileIO.followingLinks(path)
        guard joiningTeam else {
            team = nil
            teamLinkProblem = nil
            return
        }
        do {
            team = try TeamLink.read(besideProgress: self.path)
            teamLinkProblem = nil
        } catch {
            team = nil
            teamLinkProblem = error
        }
    }

    /// This file alone, ignoring any team it belongs to (the local copy of a team's progress).
    public func loadOwnFile() throws(ProgressError) -> AlmanacModel.Progress {
        guard let data = try FileIO.read(path) else { return AlmanacModel.Progress() }
        return try ProgressDecoding.decode(data, path: path)
    }

    /// What changes when another process saves: the file's `stat`, or for a team every
    /// member file's.
    public func signature() -> FileSignature? {
        guard let team else { return FileSignature.of(path) }
        return TeamFolder(root: team.folder, cache: teamCache).signature()
    }

    public var lockPath: String { path + ".lock" }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The file's progress; empty when there is no file yet.
    public func load() throws(ProgressError) -> AlmanacModel.Progress {
        if let teamLinkProblem { throw teamLinkProblem }
        if let team { return try loadTeam(team).progress }
        return try loadOwnFile()
    }

    // MARK: Writing

    public struct SaveResult: Sendable {
        /// What the file now holds.
        public var progress: AlmanacModel.Progress
        /// Steps whose note had been changed elsewhere since the person saw it: both are kept.
        public var noteClashes: [String]
        /// False when the file already held exactly this.
        public var wrote: Bool
        /// The file as this save left it, taken under the lock: a later difference is someone else.
        public var signature: FileSignature?
        /// For a team whose folder cannot be reached: why the changes wait on this machine.
        public var waiting: String?
        /// For a team: the members' files as this save left them.
        public var team: TeamView?
    }

    /// Saves a session's changes (and its place) into whatever the file holds now, field by
    /// field: a field changed later elsewhere keeps that later value, and every field the
    /// changes do not name is left exactly as the file has it.
    @discardableResult
    public func save(_ changes: [StepChange], position: Position? = nil, now: Date = Date(),
                     reason: BackupReason = .editing) throws(ProgressError) -> SaveResult {
        if let teamLinkProblem { throw teamLinkProblem }
        if let team { return try saveTeam(team, changes, position: position, now: now) }
        return try locked { (disk, bytes) throws(ProgressError) in
            var progress = disk
            var clashes: [String] = []
            for change in changes {
                var change = change.rebasingEvidence(onto: progress.step(change.step))
                if let keptBoth = Self.keepingBothNotes(change, disk: progress.step(change.step)) {
                    change = keptBoth
                    clashes.append(change.step)
                }
                progress.apply(change)
            }
            if let position { progress.position = position }
            progress = progress.asStored
            let wrote = try replace(with: progress, old: bytes, now: now, reason: reason)
            return SaveResult(progress: progress, noteClashes: clashes, wrote: wrote, signature: FileSignature.of(path))
        }
    }

    /// A change of a note that someone else changed after this person last saw it: the new note
    /// with the other one appended, so neither is lost. Nil when there is no such clash.
    static func keepingBothNotes(_ change: StepChange, disk: StepProgress) -> StepChange? {
        guard let seen = change.seenNote,
              let i = change.values.firstIndex(where: { $0.field == .note }),
              case .note(let mine) = change.values[i],
              let theirs = disk.note, !theirs.isEmpty, theirs != seen, theirs != mine,
              !(mine ?? "").contains(theirs) else { return nil }
        var out = change
        let typed = mine ?? ""
        out.values[i] = .note(typed.isEmpty ? theirs : typed + "\n[also written elsewhere meanwhile] " + theirs)
        return out
    }

    /// Reads, changes and writes the file under one lock: for commands (`tick`, `set`, `merge`).
    @discardableResult
    public func update(now: Date = Date(), reason: BackupReason = .editing,
                       _ change: (inout AlmanacModel.Progress) -> Void) throws(ProgressError) -> SaveResult {
        if let teamLinkProblem { throw teamLinkProblem }
        if let team {
            // A member writes only their own file: the whole-file change becomes field changes.
            let before = try load()
            var after = before
            change(&after)
            let changes = Set(before.steps.keys).union(after.steps.keys).sorted().compactMap { id in
                StepChange.from(before.step(id), to: after.step(id), step: id, at: now)
            }
            return try saveTeam(team, changes, position: nil, now: now)
        }
        return try locked { (disk, bytes) throws(ProgressError) in
            var progress = disk
            change(&progress)
            progress = progress.asStored
            let wrote = try replace(with: progress, old: bytes, now: now, reason: reason)
            return SaveResult(progress: progress, noteClashes: [], wrote: wrote, signature: FileSignature.of(path))
        }
    }

    /// A file made read-only (chmod a-w) is someone's choice: kept as it is, even by root, and
    /// no lock is made beside it.
    private func refuseIfReadOnly(_ mode: mode_t?) throws(ProgressError) {
        guard let mode, mode & 0o222 == 0 else { return }
        throw ProgressError(.unwritable, path: path, problem: "the file is read-only",
                            recovery: "nothing was changed; make it writable (chmod u+w \(path)) to save changes, or use --progress FILE elsewhere")
    }

    /// Runs `body` with the lock held and the file freshly read; refuses a file it cannot read.
    func locked<T>(_ body: (AlmanacModel.Progress, Data?) throws(ProgressError) -> T) throws(ProgressError) -> T {
        try refuseIfNotAFile()
        try refuseIfReadOnly(FileIO.mode(of: path))
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        return try FileLock.holding(lockPath, for: path, timeout: lockTimeout) { () throws(ProgressError) -> T in
            FileIO.removeStaleTemporaries(for: path)
            let bytes = try FileIO.read(path)
            var disk = AlmanacModel.Progress()
            if let bytes { disk = try ProgressDecoding.decode(bytes, path: path) }
            return try body(disk, bytes)
        }
    }

    /// Replaces the file (whose current bytes are `old`) with `progress`, keeping a backup first
    /// when `reason` calls for one.
    func replace(with progress: AlmanacModel.Progress, old: Data?, now: Date, reason: BackupReason) throws(ProgressError) -> Bool {
        let data = ProgressEncoding.encode(progress)
        if data == old { return false }
        let mode = FileIO.mode(of: path)
        try refuseIfReadOnly(mode)
        var backup: String?
        if let old {
            backup = try ProgressBackups.keep(path, bytes: old, now: now, reason: reason, editingInterval: editingBackupInterval)
        }
        do {
            try FileIO.writeAtomically(data, to: path, mode: mode ?? 0o600, pause: writePauseForTesting)
        } catch {
            // The backup is a second name for the current file; it is not a backup until replaced.
            if let backup { unlink(backup) }
            throw error
        }
        ProgressBackups.prune(for: path, now: now, retention: .init(newest: backupsToKeep, days: backupDaysToKeep,
                                                                    bulk: bulkBackupsToKeep))
        return true
    }

    // MARK: Backups, restore, repair

    /// Throws when something other than a regular file stands in the file's place (a folder,
    /// a device): commands that only look beside the file must not pretend all is well.
    /// Nor is a lock or temporary file ever made beside such a thing, or in `/dev`, `/proc`, `/sys`.
    public func refuseIfNotAFile() throws(ProgressError) {
        let folder = FilePaths.folder(of: path)
        for system in ["/dev", "/proc", "/sys"] where folder == system || folder.hasPrefix(system + "/") {
            throw ProgressError(.badRequest, path: path, problem: "\(system) holds devices and system files, not progress",
                                recovery: "nothing was changed; use --progress FILE to name a file in an ordinary folder")
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else { return }
        let what = info.st_mode & S_IFMT == S_IFDIR ? "it is a folder, not a file" : "it is not a regular file (a device, pipe or socket)"
        throw ProgressError(.unreadable, path: path, problem: what, recovery: "use --progress FILE to name a progress file")
    }

    /// Newest first.
    public func backups() -> [ProgressBackup] { ProgressBackups.list(for: path) }

    public struct RestoreResult: Sendable {
        public var backup: ProgressBackup
        /// Where the replaced file went when it was damaged (otherwise it is now backup 1).
        public var movedAside: String?
    }

    /// Makes backup `number` (1 = newest) the file again, keeping the current file as a backup
    /// (or, if it cannot be read, moving it aside as `.broken-…`).
    @discardableResult
    public func restore(_ number: Int, now: Date = Date(), reason: BackupReason = .restore) throws(ProgressError) -> RestoreResult {
        let all = backups()
        guard all.indices.contains(number - 1) else {
            throw ProgressError(.badRequest, path: path,
                problem: all.isEmpty ? "it has no backups yet (each save keeps the version it replaces)"
                                     : "there is no backup \(number); backups are numbered 1-\(all.count)",
                recovery: all.isEmpty ? "nothing was changed; check the file's name, or use --progress FILE for another"
                                      : "nothing was changed; run 'almanac backups' to see them")
        }
        let chosen = all[number - 1]
        guard let data = try FileIO.read(chosen.path) else {
            throw ProgressError(.badRequest, path: path, problem: "backup \(number) has just gone", recovery: "try again")
        }
        let restored = try ProgressDecoding.decode(data, path: chosen.path)
        try refuseIfNotAFile()
        try refuseIfReadOnly(FileIO.mode(of: path))
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        return try FileLock.holding(lockPath, for: path, timeout: lockTimeout) { () throws(ProgressError) -> RestoreResult in
            // A folder or an unreadable file stops here; a damaged one is moved aside, not lost.
            var current = try FileIO.read(path)
            var aside: String?
            var readable = AlmanacModel.Progress()
            if let bytes = current {
                if let p = try? ProgressDecoding.decode(bytes, path: path) {
                    readable = p
                } else {
                    aside = try moveAside(now: now)
                    current = nil
                }
            }
            _ = try replace(with: Self.restoring(restored, over: readable, at: now), old: current, now: now, reason: reason)
            return RestoreResult(backup: chosen, movedAside: aside)
        }
    }

    /// `backup` as a new change: every field it puts back is stamped `now`, so the restore wins
    /// over the same fields in any copy synced or merged later, and open screens show it.
    static func restoring(_ backup: AlmanacModel.Progress, over current: AlmanacModel.Progress, at now: Date) -> AlmanacModel.Progress {
        var out = backup
        let time = Timestamp.rounded(now)
        for id in Set(backup.steps.keys).union(current.steps.keys) {
            let was = current.step(id)
            var step = backup.step(id)
            for f in StepField.allCases where step[f] != was[f] { step.set(step[f], at: time) }
            if step != .untouched || backup.steps[id] != nil { out.steps[id] = step }
        }
        return out
    }

    public struct RepairReport: Sendable {
        public enum Outcome: Sendable, Equatable {
            /// There is no file; nothing to do.
            case missing
            /// The file reads fine; nothing to do.
            case healthy
            /// The file was moved to `brokenPath`; `recovered` steps were saved to a new file.
            case movedAside(brokenPath: String, recovered: Int, dropped: [String])
        }
        public var outcome: Outcome
        /// The problem the file had, when it had one.
        public var problem: String?
        /// Where the list of what could not be kept was written (beside the moved file).
        public var droppedList: String?
    }

    /// Moves an unreadable file aside as `<file>.broken-<time>` and saves what steps can be
    /// salvaged from it in its place. Never deletes anything (but prunes old backups as any save).
    public func repair(now: Date = Date(), reason: BackupReason = .repair) throws(ProgressError) -> RepairReport {
        try refuseIfNotAFile()
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        return try FileLock.holding(lockPath, for: path, timeout: lockTimeout) { () throws(ProgressError) -> RepairReport in
            try repairLocked(now: now, reason: reason)
        }
    }

    private func repairLocked(now: Date, reason: BackupReason) throws(ProgressError) -> RepairReport {
        let data: Data
        do {
            guard let read = try FileIO.read(path) else { return RepairReport(outcome: .missing) }
            data = read
        } catch where error.problem.contains("far too large") {
            // Not a progress file at all (a stray video): move it aside and start afresh.
            let broken = try moveAside(now: now)
            return RepairReport(outcome: .movedAside(brokenPath: broken, recovered: 0, dropped: []), problem: error.problem)
        } catch {
            // A folder or a file without permission is not damaged; moving it would not help.
            throw ProgressError(.unreadable, path: path, problem: error.problem,
                                recovery: "repair only moves damaged files aside; " + error.recovery.replacingOccurrences(of: "nothing was changed; ", with: ""))
        }
        let problem: String
        do {
            _ = try ProgressDecoding.decode(data, path: path)
            return RepairReport(outcome: .healthy)
        } catch {
            if ProgressDecoding.isFromNewerAlmanac(data) { throw error }
            problem = error.problem
        }
        let broken = try moveAside(now: now)
        var recovered = 0
        var dropped: [String] = []
        if let salvage = ProgressDecoding.salvage(data), !salvage.progress.steps.isEmpty {
            // The damaged file is moved aside, not backed up (a backup must be restorable), so
            // this keeps no backup; `reason` names any that a future repair would keep.
            _ = try replace(with: salvage.progress, old: nil, now: now, reason: reason)
            recovered = salvage.progress.steps.count
            dropped = salvage.dropped
        }
        var list: String?
        if !dropped.isEmpty {
            // Kept on disk too: the terminal's copy scrolls away.
            let text = "almanac repair of \(path) at \(Timestamp.format(now)): \(problem)\n"
                + "The damaged file is \(broken). What could not be kept:\n" + dropped.map { "- " + $0 + "\n" }.joined()
            if (try? FileIO.writeAtomically(Data(text.utf8), to: broken + ".dropped.txt", mode: 0o600)) != nil {
                list = broken + ".dropped.txt"
            }
        }
        return RepairReport(outcome: .movedAside(brokenPath: broken, recovered: recovered, dropped: dropped),
                            problem: problem, droppedList: list)
    }

    /// Renames the file to `<file>.broken-<time>`; returns the new path.
    private func moveAside(now: Date) throws(ProgressError) -> String {
        var date = now
        while true {
            let broken = path + ".broken-" + Timestamp.fileStamp(date)
            if !FileManager.default.fileExists(atPath: broken) {
                if rename(path, broken) != 0 {
                    throw .unwritable(path, "cannot move it aside", errno: errno)
                }
                FileIO.syncFolder(FileIO.folderOf(path))
                return broken
            }
            date = date.addingTimeInterval(0.001)
        }
    }
}
