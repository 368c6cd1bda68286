import AlmanacModel
import Foundation

/// That a progress file belongs to a team: kept beside it on this machine only
/// (`<progress>.team.json`), never in the team folder, which holds only members' own files.
public struct TeamLink: Hashable, Sendable, Codable {
    /// The team folder as given to `team join`, made absolute.
    public var folder: String
    public var member: TeamMember

    public init(folder: String, member: TeamMember) {
        self.folder = folder
        self.member = member
    }

    public static func path(besideProgress progress: String) -> String { progress + ".team.json" }

    /// The link beside `progress`; nil when there is none (one failed `stat` for every other
    /// profile). A link that cannot be read is an error: the screens must not quietly show
    /// only this machine's progress to someone who joined a team.
    public static func read(besideProgress progress: String) throws(ProgressError) -> TeamLink? {
        let path = path(besideProgress: progress)
        // No link to be seen (no file, or no folder yet): the progress file's own reads and
        // writes report any problem with the place.
        var info = stat()
        guard stat(path, &info) == 0, let data = try FileIO.read(path) else { return nil }
        guard let link = try? JSONDecoder().decode(TeamLink.self, from: data) else {
            throw ProgressError(.unreadable, path: path, problem: "the team link is damaged",
                                recovery: "run 'almanac team join FOLDER --name NAME' again, or 'almanac team leave' to stop")
        }
        return link
    }

    public func write(besideProgress progress: String) throws(ProgressError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        let path = Self.path(besideProgress: progress)
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        try FileIO.writeAtomically(data + Data("\n".utf8), to: path, mode: 0o600)
    }

    public static func remove(besideProgress progress: String) {
        unlink(path(besideProgress: progress))
    }
}
