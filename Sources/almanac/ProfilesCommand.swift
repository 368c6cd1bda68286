import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the named progress profiles (use one with --profile NAME).")
    @OptionGroup var content: ContentOptions
    @Flag(help: "Print JSON for scripts.") var json = false


    func run() throws {
        try reportingProgress {
            let location = ProgressLocation(environment: ProcessInfo.processInfo.environment)
            let almanac = try content.open().almanac()
            let today = ProgressText.today()
            let rows = try location.profiles().map { name in
                ProgressFileRow.load(name: name, file: try location.profileFile(name), almanac: almanac, today: today,
                                     perOutcome: false).row
            }
            if json { return try ProgressText.json(rows) }
            if rows.isEmpty {
                return Output.print("No profiles yet in \(ProgressText.path(location.profilesFolder)); "
                                    + "'almanac tick ID --profile NAME' creates one.")
            }
            let width = rows.map(\.name.count).max() ?? 0
            var lines = ["Profiles in \(ProgressText.path(location.profilesFolder)):"]
            for row in rows {
                let summary = row.error.map { "cannot read: " + DisplayText.safe($0) } ?? "\(row.done ?? 0)/\(row.total ?? 0) done"
                lines.append("  " + row.name + String(repeating: " ", count: width - row.name.count) + "  " + summary)
            }
            Output.print(lines.joined(separator: "\n"))
        }
    }
}
