import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups", abstract: "List the kept earlier versions of the progress file, newest first.",
        discussion: """
            Saves keep the version they replace in <file>.backups/: editing at most once every 5 minutes, \
            a merge, restore or repair always. Kept: the newest 10, the newest of each of the last 30 days \
            (UTC) and the newest 10 taken before a merge, restore or repair. 'almanac restore N' brings one back.
            """)
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        var number: Int
        var time: Date
        /// What replaced it: "editing", "merge", "restore" or "repair".
        var reason: String
        var file: String
        var done: Int?
        var total: Int?
        var inProgress: Int?
        var error: String?
    }

    func run() throws {
        try reportingProgress {
            let almanac = try content.open().almanac()
            let store = try progress.store()
            try store.refuseIfNotAFile()
            let today = ProgressText.today()
            let backups = store.backups()
            let rows = backups.enumerated().map { (i, backup) -> Row in
                var row = Row(number: i + 1, time: backup.date, reason: backup.reason.rawValue, file: backup.path)
                do throws(ProgressError) {
                    let loaded = try ProgressStore(path: backup.path).load()
                    let s = ProgressSummary(loaded, outcomes: almanac.outcomes, today: today)
                    row.done = s.done
                    row.total = s.total
                    row.inProgress = s.inProgress.count
                } catch {
                    row.error = error.problem
                }
                return row
            }
            if json { return try ProgressText.json(rows) }
            if rows.isEmpty {
                return Output.print("No backups of \(ProgressText.path(store.path)) yet; saves keep the version they replace.")
            }
            var lines = ["Backups of \(ProgressText.path(store.path)), newest first:"]
            let labelWidth = BackupReason.allCases.map(\.label.count).max() ?? 0
            for (row, backup) in zip(rows, backups) {
                let time = Timestamp.format(row.time).prefix(19).replacingOccurrences(of: "T", with: " ") + " UTC"
                let summary = row.error.map { "cannot read: " + DisplayText.safe($0) }
                    ?? "\(row.done ?? 0)/\(row.total ?? 0) done, \(row.inProgress ?? 0) in progress"
                let label = backup.reason.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                lines.append(String(repeating: " ", count: max(0, 3 - String(row.number).count))
                             + "\(row.number)  \(time)  \(label)  \(summary)")
            }
            lines.append("Restore one with 'almanac restore N'; the current file is kept as a backup first.")
            Output.print(lines.joined(separator: "\n"))
        }
    }
}
