import AlmanacModel
import Foundation

/// One screen's live view of one progress file: the only code that loads, saves, reloads and
/// takes back changes for the guide, the walkthrough, the slides and the presenter view.
///
/// A screen records `StepChange`s (only the fields the person changed); each is saved at once
/// into whatever the file holds by then, field by field, so nothing another process saved is
/// overwritten. `checkForChanges` (called about every quarter second while the screen waits)
/// notices another process's save by `stat` alone and reloads. A file that cannot be read is
/// never written: the session is read-only and `problem` says why and what to do.
public final class ProgressSession {
    public let store: ProgressStore
    /// What the screen shows: the file as last read or saved, with unsaved changes on top.
    public private(set) var progress: AlmanacModel.Progress
    /// Why the file cannot be read; the session is then read-only until it can be (someone
    /// ran `almanac repair`, or a sync finished).
    public private(set) var problem: ProgressError?
    public var readOnly: Bool { problem != nil }
    /// This session's changes that the file does not hold yet (a failed save), oldest first.
    public private(set) var unsaved: [StepChange] = []
    /// Why the last save failed; nil once one works.
    public private(set) var saveError: ProgressError?
    /// Why the last save failed, in full, for "almanac: …" after the screen closes.
    public var saveProblem: String? { saveError?.description }
    /// Where undo history lives (nil: undo lasts for this run only).
    /// Where undo history may be kept, best first: beside the file, then the person's own state
    /// folder (for when the file's disk is full).
    let historyPaths: [String]
    /// Where this person's undo history and unsaved changes were last kept.
    public private(set) var historyFile: String?
    /// False when unsaved changes could not be kept anywhere either: quitting would lose them.
    public private(set) var unsavedKept = true
    /// Read on first use (a change, undo, redo), not at start-up, unless a marker says it holds
    /// unsaved changes: parsing it cost the guide's first screen milliseconds.
    private var storedHistory: UndoHistory?
    private var history: UndoHistory {
        get {
            if let storedHistory { return storedHistory }
            let read = Self.readNewestHistory(historyPaths) ?? UndoHistory()
            storedHistory = read
            return read
        }
        set { storedHistory = newValue }
    }
    /// For a team whose folder is out of reach: why changes wait on this machine.
    public private(set) var waiting: String?
    /// For a team: who set what, and each member's own answers.
    public private(set) var team: TeamView?
    /// The banner's note for a team: its folder out of reach, or colleagues' damaged files.
    public var notice: String? {
        if let waiting { return "Team folder out of reach (\(waiting)): your changes are kept on this machine and written when it is back." }
        return team?.damagedNotice
    }
    private var fileSignature: FileSignature?
    private var needsTeamView = false
    private let clock: () -> Date

    /// Loads the file. When it cannot be read, the session is read-only with `problem` set.
    /// Changes left unsaved by the last run (see `UndoHistory`) become this session's unsaved
    /// changes; `retry` saves them.
    public init(store: ProgressStore, historyPath: String? = nil, fallbackHistoryPath: String? = nil,
                clock: @escaping () -> Date = { Date() }) {
        self.store = store
        historyPaths = [historyPath, fallbackHistoryPath].compactMap { $0 }
        historyFile = historyPath
        self.clock = clock
        fileSignature = store.signature()
        var loaded = AlmanacModel.Progress()
        var problem: ProgressError?
        do {
            // A team's kept copy, when current: its members' files are read at the first check.
            let load = try store.loadWithTeam(quick: true)
            needsTeamView = store.team != nil && load.view == nil && load.waiting == nil
            loaded = load.progress
            team = load.view
            waiting = load.waiting
        } catch { problem = error }
        self.problem = problem
        // Only a marker beside a history file says it holds changes left unsaved.
        let paths = historyPaths
        if paths.contains(where: { FileSignature.of(Self.pendingMarker($0)) != nil }) {
            storedHistory = Self.readNewestHistory(paths) ?? UndoHistory()
        }
        progress = loaded
        if problem == nil, let kept = storedHistory?.unsaved, !kept.isEmpty {
            unsaved = history.unsaved
            for change in unsaved { progress.apply(change) }
        }
    }

    /// The state to send a screen now.
    public func update(_ cause: ProgressUpdate.Cause, message: String? = nil, step: String? = nil) -> ProgressUpdate {
        ProgressUpdate(cause: cause, progress: progress, unsaved: unsaved, problem: saveError?.onScreen, message: message, step: step,
                       readOnly: banner, unsavedKept: unsavedKept, team: team, notice: notice)
    }

    // MARK: Changing

    /// Applies and saves a change the person made, remembering it for undo.
    public func record(_ change: StepChange) -> ProgressUpdate {
        guard !readOnly else { return refused() }
        var change = change
        let before = progress.step(change.step)
        // A change made after seeing a value is later than it, whatever this machine's clock
        // says: a colleague's clock a minute ahead must not make a tick silently lose.
        let seen = change.values.map { before.times[$0.field] }.max() ?? FieldTimes.never
        change.at = Timestamp.rounded(max(change.at, seen.addingTimeInterval(0.001)))
        history.recorded(UndoHistory.Entry(step: change.step, before: change.values.map { before[$0.field] },
                                           after: change.values, at: change.at))
        return commit(change, cause: .saved, message: nil)
    }

    /// Takes back this person's last change, field by field: a field someone else has changed
    /// since keeps their value, and the message says so.
    public func undo() -> ProgressUpdate { travel(back: true) }

    /// Makes again the change the last undo took back, on the same terms.
    public func redo() -> ProgressUpdate { travel(back: false) }

    /// Undo (`back`) or redo: moves the newest entry of one stack to the other, unless nothing
    /// of it could be put back, in which case it is dropped (there is nothing left to redo).
    private func travel(back: Bool) -> ProgressUpdate {
        guard !readOnly else { return refused() }
        guard var entry = back ? history.undo.popLast() : history.redo.popLast() else {
            return update(.unchanged, message: back ? "Nothing to undo" : "Nothing to redo")
        }
        let (change, kept) = back ? revert(entry, from: entry.after, to: entry.before)
                                  : revert(entry, from: entry.before, to: entry.after)
        if let change {
            entry.at = change.at
            if back { history.redo.append(entry) } else { history.undo.append(entry) }
        }
        return finish(change, kept: kept, entry: entry, verb: back ? "Undid" : "Redid", cause: back ? .undone : .redone)
    }

    /// Saves the unsaved changes again (after a failed save).
    public func retry() -> ProgressUpdate {
        guard !readOnly else { return refused() }
        save(position: nil)
        return update(.saved)
    }

    /// Saves the person's place with any unsaved changes; nil when saved, else why not.
    @discardableResult
    public func savePosition(_ position: Position) -> String? {
        guard !readOnly else { return problem?.description }
        progress.position = position
        save(position: position)
        return saveProblem
    }

    // MARK: Other processes

    /// Reloads when another process has changed the file since this session last read or wrote
    /// it; nil when it has not (one `stat`, so it can run every quarter second).
    public func checkForChanges() -> ProgressUpdate? {
        if needsTeamView {
            // Started from the team's kept copy: now the members' files, for who set what.
            needsTeamView = false
            fileSignature = nil
        }
        let now = store.signature()
        guard now != fileSignature else { return nil }
        fileSignature = now
        if readOnly {
            // Repaired or replaced meanwhile: the screen may save from now on.
            guard let load = try? store.loadWithTeam() else { return nil }
            let disk = load.progress
            team = load.view
            waiting = load.waiting
            problem = nil
            var shown = disk
            shown.position = progress.position
            progress = shown
            return update(.changedElsewhere, message: "The progress file can be read again: changes are saved from now on")
        }
        // A file caught half-way through a sync, or damaged meanwhile: keep what we have and
        // look again at the next change; saves refuse to overwrite it.
        guard let load = try? store.loadWithTeam() else { return nil }
        let before = (team, waiting)
        team = load.view
        waiting = load.waiting
        var shown = load.progress
        for change in unsaved { shown.apply(change) }
        shown.position = progress.position
        guard shown.steps != progress.steps || before.0 != team || before.1 != waiting else { progress = shown; return nil }
        progress = shown
        return update(.changedElsewhere)
    }

    // MARK: Inside

    private func refused() -> ProgressUpdate {
        update(.unchanged, message: "Nothing was changed: progress is read-only (see the banner)")
    }

    private func commit(_ change: StepChange, cause: ProgressUpdate.Cause, message: String?) -> ProgressUpdate {
        progress.apply(change)
        unsaved.append(change)
        let clashes = save(position: nil)
        var message = message
        if message == nil, let waiting {
            message = "Kept on this machine: \(waiting); it is written to the team folder when that is back"
        }
        if clashes.contains(change.step) {
            message = "The note of \(change.step) had changed elsewhere meanwhile: both are kept"
        }
        return update(cause, message: message, step: change.step)
    }

    /// The change that puts `entry`'s fields back from `from` to `to`, for the fields that
    /// still hold this person's value; and the fields someone else changed since.
    private func revert(_ entry: UndoHistory.Entry, from: [FieldValue], to: [FieldValue]) -> (StepChange?, [StepField]) {
        let current = progress.step(entry.step)
        var values: [FieldValue] = []
        var kept: [StepField] = []
        for (i, value) in to.enumerated() {
            let f = value.field
            if current.times[f] == entry.at, current[f] == from[i] { values.append(value) } else if current[f] != value { kept.append(f) }
        }
        guard !values.isEmpty else { return (nil, kept) }
        // Later than anything the file holds for these fields, so the undo wins every merge.
        let at = Timestamp.rounded(max(clock(), entry.at.addingTimeInterval(0.001)))
        return (StepChange(step: entry.step, values, at: at), kept)
    }

    private func finish(_ change: StepChange?, kept: [StepField], entry: UndoHistory.Entry, verb: String,
                        cause: ProgressUpdate.Cause) -> ProgressUpdate {
        var message = "\(verb) the change to \(entry.step)"
        if !kept.isEmpty {
            let names = kept.map(\.rawValue).joined(separator: " and ")
            message = change == nil
                ? "Not \(verb == "Undid" ? "undone" : "redone"): \(entry.step)'s \(names) was changed elsewhere since; it is left as it is"
                : message + "; its \(names) was changed elsewhere since and is left as it is"
        }
        guard let change else {
            writeHistory()
            return update(.unchanged, message: message, step: entry.step)
        }
        return commit(change, cause: cause, message: message)
    }

    /// Saves the unsaved changes; returns the steps whose notes clashed. On failure the changes
    /// stay unsaved (and in the history file, for the next start).
    @discardableResult
    private func save(position: Position?) -> [String] {
        var clashes: [String] = []
        let hadChanges = !unsaved.isEmpty
        defer { if hadChanges { writeHistory() } }
        do {
            let result = try store.save(unsaved, position: position)
            fileSignature = result.signature
            clashes = result.noteClashes
            waiting = result.waiting
            if result.team != nil || store.team == nil { team = result.team }
            var shown = result.progress
            shown.position = progress.position
            progress = shown
            unsaved = []
            saveError = nil
        } catch {
            saveError = error
        }
        return clashes
    }

    /// Keeps the history in the first place that takes it, and removes older copies elsewhere.
    /// Undo is a convenience; what matters is that unsaved changes are kept somewhere.
    private func writeHistory() {
        guard !historyPaths.isEmpty else { return }
        history.unsaved = unsaved
        guard let data = history.encoded() else { return }
        for (i, path) in historyPaths.enumerated() {
            do {
                try FileIO.makeFolder(FileIO.folderOf(path), for: path)
                try FileIO.writeAtomically(data, to: path, mode: 0o600)
                for other in historyPaths.dropFirst(i + 1) { unlink(other); unlink(Self.pendingMarker(other)) }
                if unsaved.isEmpty {
                    unlink(Self.pendingMarker(path))
                } else {
                    let fd = open(Self.pendingMarker(path), O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
                    if fd >= 0 { close(fd) }
                }
                historyFile = path
                unsavedKept = true
                return
            } catch {
                continue
            }
        }
        unsavedKept = unsaved.isEmpty
    }

    /// An empty file beside a history that holds unsaved changes, so start-up need not parse it.
    static func pendingMarker(_ historyPath: String) -> String { historyPath + ".pending" }

    /// The newest readable history among `paths` (a fallback copy is newer than the one beside
    /// the file when that disk was full).
    static func readNewestHistory(_ paths: [String]) -> UndoHistory? {
        let dated = paths.compactMap { path -> (Int64, UndoHistory)? in
            // stat, not FileManager's attributes, which look up the owner's name in /etc/passwd.
            var info = stat()
            guard stat(path, &info) == 0, let history = UndoHistory.read(from: path) else { return nil }
            return (Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), history)
        }
        return dated.max { $0.0 < $1.0 }?.1
    }
}
