import AlmanacModel
import Foundation

/// A team folder carried by the council's own sync (a shared drive, OneDrive, Syncthing, git):
/// `<folder>/almanac-team/members/<member id>.json`, one file per member, each written only by
/// its member. There is no shared file that every member writes, so copies of the folder made
/// on different machines always combine without a conflict.
public struct TeamFolder: Sendable {
    public let root: String
    /// Parsed member files by name, reused while a file's signature is unchanged.
    let cache: TeamReadCache

    public init(root: String, cache: TeamReadCache = TeamReadCache()) {
        self.root = root
        self.cache = cache
    }

    public var teamFolder: String { root + "/almanac-team" }
    public var membersFolder: String { teamFolder + "/members" }
    public func memberPath(_ id: String) -> String { membersFolder + "/" + id + ".json" }
    /// Reviews, one file per member as progress is (see `ReviewsStore`).
    public var reviewsFolder: String { teamFolder + "/reviews" }

    /// Makes the layout when it is new; an existing one is left as it is.
    public func create() throws(ProgressError) {
        // As mkdir does (0777 less the umask): colleagues on a shared drive make their files here.
        do { try FileManager.default.createDirectory(atPath: membersFolder, withIntermediateDirectories: true) } catch {
            try FileIO.makeFolder(membersFolder, for: memberPath("member"))
        }
    }

    /// Why the folder cannot be used now (an unmounted share, a removed folder); nil when it can.
    public func unreachable() -> String? {
        var info = stat()
        guard stat(membersFolder, &info) == 0 else {
            if stat(root, &info) != 0 { return "the team folder \(root) is not there (a share not mounted, or a folder moved)" }
            return "\(root) has no almanac-team/members folder (run 'almanac team join' again to make it)"
        }
        return info.st_mode & S_IFMT == S_IFDIR ? nil : "\(membersFolder) is not a folder"
    }

    /// The member files' names, sorted: hidden files (sync engines' and our own temporary
    /// files) and anything not ending `.json` are left out.
    func fileNames() throws(ProgressError) -> [String] {
        if let why = unreachable() {
            throw ProgressError(.unwritable, path: membersFolder, problem: why,
                                recovery: "changes are kept on this machine and written when the folder is back")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: membersFolder) else {
            throw ProgressError(.unreadable, path: membersFolder, problem: "the members folder cannot be listed",
                                recovery: "check that you may read it (ls -ld \(membersFolder))")
        }
        return Self.memberFileNames(names)
    }

    /// Of a folder's names, those of members' files, sorted: hidden files (sync engines' and
    /// our own temporary files) and anything not ending `.json` are left out.
    static func memberFileNames(_ names: [String]) -> [String] {
        names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }.sorted()
    }

    /// Every member's file read and merged; damaged ones are named and skipped.
    public func read() throws(ProgressError) -> TeamView {
        var sources: [TeamView.Source] = []
        var damaged: [TeamView.Damaged] = []
        for name in try fileNames() {
            let path = membersFolder + "/" + name
            do {
                let file = try cache.file(at: path)
                sources.append(TeamView.Source(fileName: name, file: file, conflict: SyncConflictName(fileName: name)))
            } catch {
                damaged.append(TeamView.Damaged(fileName: name, problem: error.problem))
            }
        }
        return TeamView(sources: sources, damaged: damaged)
    }

    /// One value that changes whenever any member file is added, removed or rewritten (by
    /// rename or in place): names and `stat`s, no reading.
    public func signature() -> FileSignature? {
        guard let names = try? fileNames() else { return nil }
        // FNV-1a, not Hasher: the same in every process, so a start-up can trust a kept copy.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in names {
            let stamp = FileSignature.of(membersFolder + "/" + name)?.token ?? "-"
            for byte in (name + "\u{0}" + stamp + "\u{0}").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return FileSignature(combined: hash, count: names.count)
    }

    public func write(_ file: MemberFile) throws(ProgressError) {
        let path = memberPath(file.member.id)
        try FileIO.writeAtomically(MemberFileCoding.encode(file), to: path, mode: 0o644)
    }
}

/// Parsed member files, kept while their signature holds: re-reading 50 members' files for
/// every change elsewhere would cost tenths of a second.
public final class TeamReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: (FileSignature, MemberFile)] = [:]

    public init() {}

    func file(at path: String) throws(ProgressError) -> MemberFile {
        let signature = FileSignature.of(path)
        if let signature, let hit = lock.withLock({ files[path] }), hit.0 == signature { return hit.1 }
        guard let data = try FileIO.read(path) else {
            throw ProgressError(.unreadable, path: path, problem: "the file went away while being read", recovery: "it is read again next time")
        }
        let file = try MemberFileCoding.decode(data, path: path)
        if let signature { lock.withLock { files[path] = (signature, file) } }
        return file
    }
}
