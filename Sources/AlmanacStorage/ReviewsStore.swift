import AlmanacModel
import Foundation

/// Where a progress file's reviews are kept and read. Alone, in one file beside it. In a team,
/// each member records reviews in a file of their own in the team folder
/// (`almanac-team/reviews/<member id>.json`), as member progress files are, so the folder never
/// conflicts; every member reads them all, with any made here before joining.
public struct ReviewsStore: Sendable {
    /// The one file this machine writes.
    public let own: ReviewsFile
    /// The team's reviews folder, when the progress belongs to a team.
    public let teamFolder: String?
    /// Reviews recorded beside the progress file before it joined a team.
    let local: ReviewsFile
    /// Serialises `append` on this machine: beside the progress, never in the synced folder.
    let lockPath: String

    public init(besideProgress progressPath: String) throws(ProgressError) {
        local = ReviewsFile(besideProgress: progressPath)
        lockPath = local.path + ".lock"
        if let link = try TeamLink.read(besideProgress: progressPath) {
            let folder = TeamFolder(root: link.folder).reviewsFolder
            teamFolder = folder
            own = ReviewsFile(path: folder + "/" + link.member.id + ".json")
        } else {
            teamFolder = nil
            own = local
        }
    }

    /// The reviews, and the colleagues' files that could not be read (skipped, named).
    public struct Reading: Sendable {
        public var log: ReviewLog
        public var skipped: [ProgressError]
    }

    /// Every review this progress sees, oldest first. This machine's own file (or, alone, the
    /// only one) that cannot be read is an error: it must not be written over. A colleague's
    /// damaged file is skipped and named, so one bad file does not stop the team.
    public func read() throws(ProgressError) -> Reading {
        var logs = [try own.read()]
        var skipped: [ProgressError] = []
        guard let teamFolder else { return Reading(log: logs[0], skipped: []) }
        do { logs.append(try local.read()) } catch { skipped.append(error) }
        let names = TeamFolder.memberFileNames((try? FileManager.default.contentsOfDirectory(atPath: teamFolder)) ?? [])
        for name in names where teamFolder + "/" + name != own.path {
            do { logs.append(try ReviewsFile(path: teamFolder + "/" + name).read()) } catch { skipped.append(error) }
        }
        return Reading(log: ReviewLog.union(logs), skipped: skipped)
    }

    /// Records a review in this machine's file; a name any review already has is refused.
    public func append(_ review: Review) throws(ProgressError) {
        try FileIO.makeFolder(FileIO.folderOf(lockPath), for: lockPath)
        try FileLock.holding(lockPath, for: own.path, timeout: 10) { () throws(ProgressError) in
            let seen = try read().log
            if seen.reviews.contains(where: { $0.name.lowercased() == review.name.lowercased() }) {
                throw ProgressError(.badRequest, path: own.path, problem: "there is already a review called '\(review.name)'",
                                    recovery: "give this one another name, e.g. '\(review.name) (2)'")
            }
            // As mkdir does (0777 less the umask), like the members folder: colleagues add their files.
            if let teamFolder { try? FileManager.default.createDirectory(atPath: teamFolder, withIntermediateDirectories: true) }
            try own.append(review)
        }
    }

    /// On leaving the team: every review seen so far copied beside the progress file, so the
    /// progress left behind keeps them. Returns how many there are.
    public func keepLocally() throws(ProgressError) -> Int {
        guard teamFolder != nil else { return 0 }
        try FileIO.makeFolder(FileIO.folderOf(lockPath), for: lockPath)
        return try FileLock.holding(lockPath, for: local.path, timeout: 10) { () throws(ProgressError) -> Int in
            let all = try read().log
            if !all.reviews.isEmpty { try local.write(all) }
            return all.reviews.count
        }
    }
}
