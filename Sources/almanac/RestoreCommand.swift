import AlmanacModel
import ArgumentParser
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Bring back backup N (see 'almanac backups'), keeping the current file as a backup.")
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "The backup's number: 1 is the newest.") var number: Int
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            let result = try store.restore(number, reason: .restore)
            if json {
                return try Output.json(ChangeJSON.Restored(
                    file: store.path,
                    restored: .init(number: number, time: Timestamp.format(result.backup.date), reason: result.backup.reason.rawValue),
                    movedAside: result.movedAside))
            }
            let time = Timestamp.format(result.backup.date).prefix(19).replacingOccurrences(of: "T", with: " ")
            let replaced = result.movedAside.map { "the damaged file it replaced was moved to \(ProgressText.path($0))" }
                ?? "the version it replaced is now backup 1"
            Output.print("Restored backup \(number) (\(time) UTC, \(result.backup.reason.label)) to \(ProgressText.path(store.path)); \(replaced).")
        }
    }
}
