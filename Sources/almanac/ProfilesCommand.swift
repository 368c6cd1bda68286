import AlmanacModel
import ArgumentParser
import Foundation

struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the named progress profiles (use one with --profile NAME).")
    @OptionGroup var content: ContentOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        var name: String
        var file: String
        var done: Int?
        var total: Int?
        var error: String?
    }

    func run() throws {
        try reportingProgress {
            let location = ProgressLocation(environment: ProcessInfo.processInfo.environment)
            let almanac = try content.open().almanac()
            let today = ProgressText.today()
            let rows = try location.profiles().map { name -> Row in
                let file = try location.profileFile(name)
                do throws(ProgressError) {
                    let s = ProgressSummary(try ProgressStore(path: file).load(), outcomes: almanac.outcomes, today: today)
                    return Row(name: name, file: file, done: s.done, total: s.total)
                } catch {
                    return Row(name: name, file: file, error: error.problem)
                }
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
