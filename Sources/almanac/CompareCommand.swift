import AlmanacModel
import ArgumentParser
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Compare progress files (or all profiles) outcome by outcome.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "Progress files to compare.") var files: [String] = []
    @Flag(help: "Compare every profile (see 'almanac profiles').") var profiles = false
    @Flag(help: "Print JSON for scripts.") var json = false

    typealias Row = ProgressFileRow

    func validate() throws {
        if files.isEmpty == !profiles { throw ValidationError("give progress files to compare, or --profiles") }
    }

    func run() throws {
        try reportingProgress {
            let almanac = try content.open().almanac()
            var named: [(String, String)] = files.map { (FilePaths.name(of: $0), $0) }
            if profiles {
                let location = progress.location
                named = try location.profiles().map { ($0, try location.profileFile($0)) }
                if named.isEmpty {
                    throw Failure.usage("there are no profiles in \(ProgressText.path(location.profilesFolder)); create one with --profile NAME")
                }
            }
            let today = ProgressText.today()
            let loaded = named.map { ProgressFileRow.load(name: $0.0, file: $0.1, almanac: almanac, today: today, perOutcome: true) }
            let rows = loaded.map(\.row)
            let problems = loaded.compactMap(\.problem)   // whole messages, on standard error after the table
            if json { try ProgressText.json(rows) } else { Output.print(table(rows, almanac)) }
            problems.forEach(Output.error)
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    private func table(_ rows: [Row], _ almanac: AlmanacModel.Almanac) -> String {
        let nameWidth = min(24, max(4, rows.map { DisplayText.safe($0.name).count }.max() ?? 4))
        func cell(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        var header = String(repeating: " ", count: nameWidth)
        for o in almanac.outcomes { header += cell(String(o.number), 6) }
        header += cell("all", 9)
        var lines = [header]
        for row in rows {
            var name = DisplayText.safe(row.name)
            if name.count > nameWidth { name = String(name.prefix(nameWidth - 1)) + "…" }
            var line = name + String(repeating: " ", count: nameWidth - name.count)
            if let outcomes = row.outcomes, let done = row.done, let total = row.total {
                for o in outcomes { line += cell("\(o.done)/\(o.total)", 6) }
                line += cell("\(done)/\(total)", 9)
            } else {
                line += "  cannot read: " + DisplayText.safe(row.error ?? "")
            }
            lines.append(line)
        }
        lines.append("")
        lines.append(almanac.outcomes.map { "\($0.number) \($0.title)" }.joined(separator: " · "))
        return lines.joined(separator: "\n")
    }
}
