import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Compare progress files, profiles or a team's members: outcome by outcome, then the steps that differ.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "Progress files to compare.") var files: [String] = []
    @Flag(help: "Compare every profile (see 'almanac profiles').") var profiles = false
    @Flag(help: "Compare the members of this progress's team: each one's own answers.") var members = false
    @Flag(help: "Print JSON for scripts.") var json = false

    typealias Row = ProgressFileRow

    func validate() throws {
        if [!files.isEmpty, profiles, members].filter({ $0 }).count != 1 {
            throw ValidationError("give progress files to compare, or --profiles, or --members")
        }
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
            var loaded = named.map { ProgressFileRow.load(name: $0.0, file: $0.1, almanac: almanac, today: today, perOutcome: true) }
            if members { loaded = try teamMembers(almanac, today: today) }
            // A member's own file holds only what they answered; a file holds every step.
            let statuses = loaded.map { $0.progress.map { p in
                Dictionary(uniqueKeysWithValues: almanac.steps.compactMap { step -> (String, String)? in
                    guard !members || (p.steps[step.id].map { $0.times.status != FieldTimes.never } ?? false) else { return nil }
                    return (step.id, p.status(of: step.id).rawValue)
                })
            } }
            var rows = loaded.map(\.row)
            for i in rows.indices { rows[i].statuses = statuses[i] }
            let problems = loaded.compactMap(\.problem)   // whole messages, on standard error after the table
            if json { try ProgressText.json(rows) } else {
                Output.print(table(rows, almanac) + "\n\n" + differences(rows, almanac).joined(separator: "\n"))
            }
            problems.forEach(Output.error)
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// Each member's own answers, as rows.
    private func teamMembers(_ almanac: AlmanacModel.Almanac, today: String) throws -> [(row: Row, problem: String?, progress: AlmanacModel.Progress?)] {
        let store = try progress.store()
        guard let team = store.team else {
            throw Failure.usage("--members needs a team: this progress is not shared ('almanac team join FOLDER --name NAME')")
        }
        guard let view = try store.loadWithTeam().view else {
            throw Failure.failed("the team folder \(ProgressText.path(team.folder)) cannot be reached; compare again when it is back")
        }
        let folder = TeamFolder(root: team.folder)
        return view.roster.map { m in
            (Row.row(name: m.member.name, file: folder.memberPath(m.member.id), m.progress, almanac: almanac, today: today,
                     perOutcome: true), nil, m.progress)
        }
    }

    /// Steps whose status differs between the rows, in almanac order: `data.1.1  done: a, b · not-started: c`.
    private func differences(_ rows: [Row], _ almanac: AlmanacModel.Almanac) -> [String] {
        var out: [String] = []
        for step in almanac.steps {
            var by: [String: [String]] = [:]
            for row in rows { if let s = row.statuses?[step.id] { by[s, default: []].append(DisplayText.safe(row.name)) } }
            guard by.count > 1 else { continue }
            let parts = StepStatus.allCases.compactMap { s in by[s.rawValue].map { "\(s.rawValue): " + $0.joined(separator: ", ") } }
            out.append("  \(step.id)  " + parts.joined(separator: " · "))
        }
        let count = out.count
        return [count == 0 ? "No step differs." : "Steps that differ (\(count)):"] + out
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
