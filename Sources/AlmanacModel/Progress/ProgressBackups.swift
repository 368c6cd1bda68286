import Foundation

/// One earlier version of a progress file, kept in `<file>.backups/`.
public struct ProgressBackup: Hashable, Sendable {
    public var path: String
    /// When it was replaced (from its name).
    public var date: Date
}

/// The backups of a progress file: `<file>.backups/<UTC time>.json`, newest 10 kept.
///
/// A backup is the replaced file itself, hard-linked before the rename that replaces it, so
/// keeping it costs no copy; file systems without hard links get a copy.
enum ProgressBackups {
    static func folder(for path: String) -> String { path + ".backups" }

    /// Newest first.
    static func list(for path: String) -> [ProgressBackup] {
        let folder = folder(for: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.compactMap { name -> ProgressBackup? in
            guard name.hasSuffix(".json"), let date = date(fromName: String(name.dropLast(5))) else { return nil }
            return ProgressBackup(path: folder + "/" + name, date: date)
        }
        .sorted { $0.date > $1.date }
    }

    /// Keeps the file at `path` (whose bytes are `bytes`) as a backup dated `now`.
    static func keep(_ path: String, bytes: Data, now: Date) throws(ProgressError) -> String {
        let folder = folder(for: path)
        try FileIO.makeFolder(folder, for: path)
        var date = now
        while true {
            let backup = folder + "/" + Timestamp.fileStamp(date) + ".json"
            if link(path, backup) == 0 { return backup }
            switch errno {
            case EEXIST:
                // Two saves in one millisecond: the names must stay unique and in order.
                date = date.addingTimeInterval(0.001)
                continue
            case EPERM, EXDEV, ENOTSUP, EMLINK:
                if FileManager.default.fileExists(atPath: backup) { date = date.addingTimeInterval(0.001); continue }
                try FileIO.writeAtomically(bytes, to: backup, mode: 0o600)
                return backup
            default:
                throw .unwritable(path, "cannot keep a backup in \(folder): \(ProgressError.explain(errno))")
            }
        }
    }

    /// Deletes all but the newest `count`.
    static func rotate(for path: String, keeping count: Int) {
        for old in list(for: path).dropFirst(count) { unlink(old.path) }
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
