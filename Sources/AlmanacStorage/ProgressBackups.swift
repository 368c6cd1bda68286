import AlmanacModel
import Foundation

/// What kind of change a backup was kept before; it is part of the backup's file name.
public enum BackupReason: String, Sendable, CaseIterable {
    /// Ticks, settings and the guide's saves: backed up at most once per few minutes of editing.
    case editing
    /// The changes below replace much at once, so a backup is always kept before them.
    case merge
    case restore
    case repair

    /// What made the backup, as `almanac backups` shows it: "editing", "before merge".
    public var label: String { self == .editing ? "editing" : "before " + rawValue }
}

/// One earlier version of a progress file, kept in `<file>.backups/`.
public struct ProgressBackup: Hashable, Sendable {
    public var path: String
    /// When it was replaced (from its name).
    public var date: Date
    /// What replaced it (from its name; names from before reasons were kept are `.editing`).
    public var reason: BackupReason
}

/// The backups of a progress file: `<file>.backups/<UTC time>.<reason>.json`.
///
/// A backup is the replaced file itself, hard-linked before the rename that replaces it, so
/// keeping it costs no copy; file systems without hard links get a copy. Edits are backed up at
/// most once per `editingInterval`, bulk changes (merge, restore, repair) always, and `prune`
/// keeps the newest 10, the newest of each of the last 30 UTC days and the newest 10 taken
/// before a bulk change.
enum ProgressBackups {
    static func folder(for path: String) -> String { path + ".backups" }

    /// Newest first. Names this almanac cannot read (another reason, a stray file) are left out,
    /// so they are neither restored nor deleted.
    static func list(for path: String) -> [ProgressBackup] {
        let folder = folder(for: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.compactMap { name -> ProgressBackup? in
            guard let (date, reason) = parse(name: name) else { return nil }
            return ProgressBackup(path: folder + "/" + name, date: date, reason: reason)
        }
        .sorted { $0.date != $1.date ? $0.date > $1.date : $0.path > $1.path }
    }

    /// `<stamp>.<reason>.json`, or `<stamp>.json` as written before reasons were kept.
    static func name(date: Date, reason: BackupReason) -> String {
        Timestamp.fileStamp(date) + "." + reason.rawValue + ".json"
    }

    static func parse(name: String) -> (Date, BackupReason)? {
        guard name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(5)
        guard let date = date(fromName: String(stem.prefix(20))) else { return nil }
        let rest = stem.dropFirst(20)
        if rest.isEmpty { return (date, .editing) }
        guard rest.first == ".", let reason = BackupReason(rawValue: String(rest.dropFirst())) else { return nil }
        return (date, reason)
    }

    /// Keeps the file at `path` (whose bytes are `bytes`) as a backup dated `now`, unless the
    /// newest backup already holds it (a save killed after its link, before its rename) or, for
    /// `.editing`, the newest backup is an editing one younger than `editingInterval`.
    /// Returns the new backup's path, or nil when none was needed.
    static func keep(_ path: String, bytes: Data, now: Date, reason: BackupReason,
                     editingInterval: TimeInterval) throws(ProgressError) -> String? {
        let existing = list(for: path)
        if let newest = existing.first {
            if isSameFile(newest.path, as: path, bytes: bytes) { return nil }
            let age = now.timeIntervalSince(newest.date)
            if reason == .editing, newest.reason == .editing, age >= 0, age < editingInterval { return nil }
        }
        let folder = folder(for: path)
        try FileIO.makeFolder(folder, for: path)
        // Names must stay unique and in order: two saves in one millisecond, or a stamp that
        // another reason already uses, move the date on by a millisecond.
        let taken = Set(existing.map { Timestamp.fileStamp($0.date) })
        var date = now
        while true {
            if taken.contains(Timestamp.fileStamp(date)) { date = date.addingTimeInterval(0.001); continue }
            let backup = folder + "/" + name(date: date, reason: reason)
            if link(path, backup) == 0 { return backup }
            switch errno {
            case EEXIST:
                date = date.addingTimeInterval(0.001)
                continue
            case EPERM, EXDEV, ENOTSUP, EMLINK:
                if FileManager.default.fileExists(atPath: backup) { date = date.addingTimeInterval(0.001); continue }
                try FileIO.writeAtomically(bytes, to: backup, mode: 0o600)
                return backup
            default:
                throw .unwritable(path, "cannot keep a backup in \(folder)", errno: errno)
            }
        }
    }

    /// True when `backup` is the file at `path` (one inode with two names) or holds its bytes.
    static func isSameFile(_ backup: String, as path: String, bytes: Data) -> Bool {
        var a = stat(), b = stat()
        guard stat(backup, &a) == 0 else { return false }
        if stat(path, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino { return true }
        guard a.st_size == bytes.count else { return false }
        return (try? FileIO.read(backup)) == bytes
    }

    /// How many backups `prune` keeps.
    struct Retention: Sendable {
        /// The newest this many, whatever their reason.
        var newest = 10
        /// The newest backup of each of this many UTC days, today included.
        var days = 30
        /// The newest this many of those kept before a bulk change (anything but `.editing`),
        /// so that a merge can be undone however much editing followed it.
        var bulk = 10
    }

    /// The backups to keep out of `backups` (newest first) at `now`, newest first.
    static func kept(_ backups: [ProgressBackup], now: Date, retention: Retention) -> [ProgressBackup] {
        let sorted = backups.sorted { $0.date != $1.date ? $0.date > $1.date : $0.path > $1.path }
        let firstDay = utcDay(now) - Int64(retention.days) + 1
        var keep = Set(sorted.prefix(retention.newest).map(\.path))
        var days = Set<Int64>()
        var bulk = 0
        for backup in sorted {
            let day = utcDay(backup.date)
            if day >= firstDay, retention.days > 0, days.insert(day).inserted { keep.insert(backup.path) }
            if backup.reason != .editing, bulk < retention.bulk {
                bulk += 1
                keep.insert(backup.path)
            }
        }
        return sorted.filter { keep.contains($0.path) }
    }

    /// Deletes the backups `kept` does not keep.
    static func prune(for path: String, now: Date, retention: Retention) {
        let all = list(for: path)
        let keep = Set(kept(all, now: now, retention: retention).map(\.path))
        for old in all where !keep.contains(old.path) { unlink(old.path) }
    }

    /// Days since 1970-01-01, UTC.
    static func utcDay(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// `20261125T085208.123Z` back to a date.
    static func date(fromName name: String) -> Date? {
        let c = Array(name.utf8)
        guard c.count == 20, c[8] == UInt8(ascii: "T"), c[15] == UInt8(ascii: ".") else { return nil }
        let s = String(decoding: c, as: UTF8.self)
        func part(_ from: Int, _ to: Int) -> Substring {
            s[s.index(s.startIndex, offsetBy: from)..<s.index(s.startIndex, offsetBy: to)]
        }
        return Timestamp.parse("\(part(0, 4))-\(part(4, 6))-\(part(6, 8))T\(part(9, 11)):\(part(11, 13)):\(part(13, 15))\(part(15, 20))")
    }
}
