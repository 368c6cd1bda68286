import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge other progress files into yours, step by step.",
        discussion: """
            For each step the later change wins. When both files changed a step, the other file's \
            note, owner and due date are added to the kept note so nothing typed is lost, and the \
            conflict is listed. The other files are not changed.
            """)
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "Progress files to merge in.") var files: [String]
    @Flag(help: "Print JSON for scripts.") var json = false

    struct FileReport: Encodable {
        var from: String
        var changes: [Change]
        var conflicts: [Conflict]
    }

    struct Change: Encodable {
        var step: String
        var before: StepProgress?
        var after: StepProgress
    }

    struct Conflict: Encodable {
        var step: String
        var kept: StepProgress
        var keptFrom: String
        var lost: StepProgress
        var lostFrom: String
        var carriedText: Bool
    }

    struct Report: Encodable {
        var file: String
        var merged: [FileReport]
        var wrote: Bool
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one progress file to merge in") }
    }

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            var others: [(String, AlmanacModel.Progress)] = []
            for file in files {
                let other = ProgressStore(path: file)
                if other.path == store.path { throw Failure.usage("\(ProgressText.path(file)) is the progress file itself; name a colleague's file to merge into it") }
                guard other.exists else { throw Failure.usage("cannot merge \(ProgressText.path(file)): no such file; check the name ('almanac profiles' lists the profiles' files)") }
                others.append((file, try other.load()))
            }
            let ours = FilePaths.name(of: store.path)
            var reports: [FileReport] = []
            let result = try store.update(reason: .merge) { current in
                reports = []
                for (file, other) in others {
                    let label = FilePaths.name(of: file)
                    let r = ProgressMerge.merge(ours: current, theirs: other, oursLabel: ours, theirsLabel: label)
                    current = r.merged
                    reports.append(FileReport(
                        from: file,
                        changes: r.changes.map { Change(step: $0.step, before: $0.before, after: $0.after) },
                        conflicts: r.conflicts.map {
                            Conflict(step: $0.step, kept: $0.kept, keptFrom: $0.keptFrom, lost: $0.lost,
                                     lostFrom: $0.lostFrom, carriedText: $0.carriedText)
                        }))
                }
            }
            if json { return try ProgressText.json(Report(file: store.path, merged: reports, wrote: result.wrote)) }
            var lines: [String] = []
            for r in reports {
                lines.append("From \(ProgressText.path(r.from)): \(r.changes.count) step\(r.changes.count == 1 ? "" : "s") changed, "
                             + "\(r.conflicts.count) conflict\(r.conflicts.count == 1 ? "" : "s")")
                for c in r.changes {
                    lines.append("  " + c.step + ": " + (c.before?.status.rawValue ?? "none") + " -> " + c.after.status.rawValue)
                }
                for c in r.conflicts {
                    lines.append("  conflict " + c.step + ": kept " + c.kept.status.rawValue + " from "
                                 + DisplayText.safe(c.keptFrom) + " (changed " + Timestamp.format(c.kept.changed) + "), "
                                 + DisplayText.safe(c.lostFrom) + " had " + c.lost.status.rawValue
                                 + (c.carriedText ? "; its text was added to the note" : ""))
                }
            }
            lines.append(result.wrote ? "Saved " + ProgressText.path(store.path) : "Nothing new; "
                         + ProgressText.path(store.path) + " is unchanged")
            Output.print(lines.joined(separator: "\n"))
        }
    }
}
