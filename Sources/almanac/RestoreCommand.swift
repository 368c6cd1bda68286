import AlmanacModel
import ArgumentParser
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Bring back backup N (see 'almanac backups'), keeping the current file as a backup.")
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "The backup's number: 1 is the newest.") var number: Int

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            let backup = try store.restore(number)
            let time = Timestamp.format(backup.date).prefix(19).replacingOccurrences(of: "T", with: " ")
            Output.print("Restored backup \(number) (\(time) UTC) to \(ProgressText.path(store.path)); "
                         + "the version it replaced is now backup 1.")
        }
    }
}
