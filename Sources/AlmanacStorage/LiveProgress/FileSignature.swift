import AlmanacModel
import Foundation

/// What `stat` says about a file: enough to tell, without reading it, that another process has
/// replaced or rewritten it (a save renames a new file into place, so the inode changes).
public struct FileSignature: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanos: Int64

    /// Nil when there is no file (or it cannot be looked at): a file appearing is a change too.
    public static func of(_ path: String) -> FileSignature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileSignature(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                             modified: Int64(info.st_mtim.tv_sec), modifiedNanos: Int64(info.st_mtim.tv_nsec))
    }
}

extension FileSignature {
    /// A signature standing for many files (a team's member files): equal while none changed.
    init(combined hash: UInt64, count: Int) {
        self.init(device: 0, inode: hash, size: Int64(count), modified: 0, modifiedNanos: 0)
    }

    /// The same in every process, to keep in a file and compare later.
    public var token: String { "\(device):\(inode):\(size):\(modified):\(modifiedNanos)" }
}
