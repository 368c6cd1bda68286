import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

/// `--progress FILE` and `--profile NAME`, shared by every command that reads or writes progress.
struct ProgressOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).",
        valueName: "file"))
    var progress: String?

    @Option(name: .long, help: ArgumentHelp("Use the named profile's progress file (see 'almanac profiles').",
                                            valueName: "name"))
    var profile: String?

    var location: ProgressLocation { Self.location }

    static var location: ProgressLocation {
        ProgressLocation(environment: Environment.only(ProgressLocation.variables))
    }

    /// The store for the chosen file, or a usage failure (exit status 2).
    func store() throws -> ProgressStore { try Self.store(file: progress, profile: profile) }

    /// The store for `file` (--progress) or `profile` (--profile), else the default file.
    static func store(file: String?, profile: String?) throws -> ProgressStore {
        var profile = profile
        // The settings' profile, when nothing else names the progress (a stat when there are none).
        if file == nil, profile == nil, Environment.value("ALMANAC_PROGRESS") == nil {
            Settings.warnOnce()
            profile = Settings.value("profile")
        }
        do {
            // A named file needs no environment: skip reading it (a tenth of a millisecond at start-up).
            let location = file == nil ? Self.location : ProgressLocation(environment: [:])
            var store = ProgressStore(path: try location.resolve(file: file, profile: profile))
            // Lets the crash tests kill a save in the middle of writing (Tests/AlmanacCLITests).
            if let pause = Environment.value("ALMANAC_TEST_WRITE_PAUSE_US").flatMap(UInt32.init) {
                store.writePauseForTesting = min(pause, 100_000)
            }
            return store
        } catch {
            throw Failure(error)
        }
    }
}

extension Failure {
    /// A bad request is the user's input (exit status 2); anything else failed doing the work (1).
    init(_ error: ProgressError) {
        self = error.kind == .badRequest ? .usage(error.description) : .failed(error.description)
    }
}

extension ParsableCommand {
    /// `reporting`, also turning a `ProgressError` into its one-line message and exit status.
    func reportingProgress(_ body: () throws -> Void) throws {
        try reporting {
            do {
                try body()
            } catch let error as ProgressError {
                throw Failure(error)
            }
        }
    }
}

/// Helpers the progress commands share.
enum ProgressText {
    /// Step ids in content order, for checking what the user typed.
    static func stepIDs(_ almanac: AlmanacModel.Almanac) -> [String] { almanac.steps.map(\.id) }

    /// Fails with exit status 2 and the nearest ids when any id is not in the content.
    static func check(_ ids: [String], in almanac: AlmanacModel.Almanac) throws {
        if let problem = StepIDCheck.problem(ids, known: stepIDs(almanac)) { throw Failure.usage(problem) }
    }

    /// `12/104 done` with not-applicable steps mentioned when there are any.
    static func doneLine(_ done: Int, _ total: Int, notApplicable: Int) -> String {
        "\(done)/\(total) done" + (notApplicable > 0 ? " (\(notApplicable) not applicable)" : "")
    }

    /// A path as printed: visible, whatever characters it holds.
    static func path(_ path: String) -> String { DisplayText.safe(path) }

    /// One line about a step: id, status and what was recorded, made safe for the terminal.
    static func stepLine(_ id: String, _ p: StepProgress?, noteWidth: Int = 60) -> String {
        var parts = [id, (p?.status ?? .notStarted).rawValue]
        if let owner = p?.owner, !owner.isEmpty { parts.append("owner: " + DisplayText.safe(owner)) }
        if let due = p?.due { parts.append("due: " + due) }
        if let note = p?.note, !note.isEmpty {
            let safe = DisplayText.safe(note)
            parts.append("note: " + (safe.count > noteWidth ? String(safe.prefix(noteWidth - 1)) + "…" : safe))
        }
        if let reason = p?.shownReason, !reason.isEmpty { parts.append("reason: " + DisplayText.safe(reason)) }
        if let n = p?.evidence.count, n > 0 { parts.append("evidence: \(n)") }
        return parts.joined(separator: "  ")
    }

    static func json<T: Encodable>(_ value: T) throws {
        try Output.json(value, encoder: ProgressEncoding.encoder())
    }

    static func today() -> String { Timestamp.calendarDate(Date()) }
}
