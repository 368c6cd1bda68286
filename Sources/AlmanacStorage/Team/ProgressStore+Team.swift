import AlmanacModel
import Foundation

/// How a progress file that belongs to a team loads and saves.
///
/// Loading merges every member's file; saving writes this member's file only, then keeps the
/// merged result in the progress file itself (the local copy `team leave` keeps, and what
/// shows when the team folder cannot be reached). When it cannot be reached, changes wait in
/// `<progress>.team-outbox.json` and are written at the next save or load that reaches it.
extension ProgressStore {
    public struct TeamLoad: Sendable {
        public var progress: AlmanacModel.Progress
        /// Nil when the folder could not be reached (`waiting` says why).
        public var view: TeamView?
        public var waiting: String?
    }

    var outboxPath: String { path + ".team-outbox.json" }
    /// The team folder's signature when the local copy was last made from it.
    var seenPath: String { path + ".team-seen" }

    /// The local copy, when it was made from the team folder as it is now (nothing changed
    /// since, and nothing waits): start-up reads one file instead of every member's.
    public func currentLocalCopy(_ team: TeamLink) -> AlmanacModel.Progress? {
        guard FileSignature.of(outboxPath) == nil,
              let seen = try? FileIO.read(seenPath), let now = TeamFolder(root: team.folder, cache: teamCache).signature(),
              String(decoding: seen, as: UTF8.self) == now.token else { return nil }
        return try? loadOwnFile()
    }

    func noteSeen(_ signature: FileSignature?) {
        guard let signature else { return }
        try? FileIO.writeAtomically(Data(signature.token.utf8), to: seenPath, mode: 0o600)
    }

    /// The team's merged progress with this person's place; when the folder is out of reach,
    /// the local copy with the changes that wait.
    public func loadTeam(_ team: TeamLink) throws(ProgressError) -> TeamLoad {
        let folder = TeamFolder(root: team.folder, cache: teamCache)
        let local = (try? loadOwnFile()) ?? AlmanacModel.Progress()
        if let why = folder.unreachable() {
            var shown = local
            for change in readOutbox() { shown.apply(change) }
            return TeamLoad(progress: shown, view: nil, waiting: why)
        }
        if !readOutbox().isEmpty {
            // Back in reach: the waiting changes are written first.
            let saved = try saveTeam(team, [], position: nil, now: Date())
            return TeamLoad(progress: saved.progress, view: saved.team, waiting: saved.waiting)
        }
        let view = try folder.read()
        var merged = view.merged
        merged.position = local.position
        if merged.steps != local.steps || FileSignature.of(seenPath) == nil { keepLocalCopy(merged, signature: folder.signature()) }
        return TeamLoad(progress: merged, view: view, waiting: nil)
    }

    /// The progress to show and, for a team, its view and why changes wait (if they do).
    /// With `quick`, a current local copy is taken instead (no view: who set what comes later).
    public func loadWithTeam(quick: Bool = false) throws(ProgressError) -> TeamLoad {
        if let teamLinkProblem { throw teamLinkProblem }
        guard let team else { return TeamLoad(progress: try loadOwnFile(), view: nil, waiting: nil) }
        if quick, let copy = currentLocalCopy(team) { return TeamLoad(progress: copy, view: nil, waiting: nil) }
        return try loadTeam(team)
    }

    /// The local copy follows the team, so that it is current when the folder goes out of
    /// reach or the person leaves. Best effort, and never waiting long for the lock.
    func keepLocalCopy(_ merged: AlmanacModel.Progress, signature: FileSignature?) {
        var quick = self
        quick.lockTimeout = 0.2
        _ = try? quick.locked { (disk, bytes) throws(ProgressError) in
            var copy = merged
            copy.position = disk.position
            let wrote = try quick.replace(with: copy.asStored, old: bytes, now: Date(), reason: .editing)
            quick.noteSeen(signature)
            return wrote
        }
    }

    /// Writes `changes` into this member's own file (with any that waited), under this
    /// machine's lock; the team's files are read, never written.
    func saveTeam(_ team: TeamLink, _ changes: [StepChange], position: Position?, now: Date) throws(ProgressError) -> SaveResult {
        let folder = TeamFolder(root: team.folder, cache: teamCache)
        return try locked { (local, bytes) throws(ProgressError) in
            var waiting = readOutbox() + changes
            if let why = folder.unreachable() {
                // Nothing is lost: the changes wait here, and the local copy shows them.
                try writeOutbox(waiting)
                unlink(seenPath)
                var shown = local
                for change in waiting { shown.apply(change) }
                if let position { shown.position = position }
                _ = try replace(with: shown.asStored, old: bytes, now: now, reason: .editing)
                return SaveResult(progress: shown, noteClashes: [], wrote: !changes.isEmpty, signature: nil, waiting: why)
            }
            let view = try folder.read()
            var own = try ownFile(team, folder: folder, view: view)
            let before = own
            var clashes: [String] = []
            for i in waiting.indices {
                waiting[i] = waiting[i].rebasingEvidence(onto: view.merged.step(waiting[i].step))
                if let keptBoth = Self.keepingBothNotes(waiting[i], disk: view.merged.step(waiting[i].step)) {
                    waiting[i] = keptBoth
                    clashes.append(waiting[i].step)
                }
                own.record(waiting[i])
            }
            if own != before || FileSignature.of(folder.memberPath(team.member.id)) == nil { try folder.write(own) }
            unlink(outboxPath)
            let after = try folder.read()
            var merged = after.merged
            merged.position = position ?? local.position
            // The local copy: best effort, it is only a copy.
            let signature = folder.signature()
            if (try? replace(with: merged.asStored, old: bytes, now: now, reason: .editing)) != nil { noteSeen(signature) }
            return SaveResult(progress: merged, noteClashes: clashes, wrote: own != before, signature: signature,
                              team: after)
        }
    }

    /// This member's file as it stands, with their conflict copies joined in; a file of theirs
    /// that cannot be read is never written over.
    func ownFile(_ team: TeamLink, folder: TeamFolder, view: TeamView) throws(ProgressError) -> MemberFile {
        let path = folder.memberPath(team.member.id)
        var own = MemberFile(member: team.member)
        if let data = try FileIO.read(path) {
            do {
                own = try MemberFileCoding.decode(data, path: path)
            } catch {
                throw ProgressError(.unreadable, path: path, problem: "your own member file is damaged (\(error.problem))",
                                    recovery: "nothing was changed; if a sync is still running wait for it, else move the file aside and save again to write it afresh")
            }
        }
        if let merged = view.members[team.member.id] { own.absorb(merged) }
        own.member = team.member
        return own
    }

    /// After leaving: the waiting changes are in the local copy already.
    public func dropOutbox() { unlink(outboxPath) }

    /// Changes waiting for the team folder to come back.
    public func readOutbox() -> [StepChange] {
        guard let data = try? FileIO.read(outboxPath) else { return [] }
        let decoder = StoredJSON.decoder()
        return (try? decoder.decode([StepChange].self, from: data)) ?? []
    }

    func writeOutbox(_ changes: [StepChange]) throws(ProgressError) {
        let encoder = ProgressEncoding.encoder()
        let data = (try? encoder.encode(changes)) ?? Data("[]".utf8)
        try FileIO.writeAtomically(data, to: outboxPath, mode: 0o600)
    }
}
