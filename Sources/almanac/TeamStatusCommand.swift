import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct TeamStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The team's members, conflict copies and damaged files, and where members' answers differ.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Report: Encodable {
        struct Member: Encodable {
            var id, name, role, machine, joined: String
            var stepsAnswered: Int
            var lastChange: String?
            var you: Bool
        }
        struct Copy: Encodable {
            var file, engine, memberOf: String
            var canBeDeleted: Bool
        }
        struct Damaged: Encodable { var file, problem: String }
        struct Disagreement: Encodable {
            var outcome: String
            var steps: [String]
        }
        var folder: String
        var reachable: Bool
        var waiting: String?
        var waitingChanges: Int
        var members: [Member]
        var conflictCopies: [Copy]
        var damaged: [Damaged]
        var disagreements: [Disagreement]
        var done, applicable: Int
    }

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            guard let team = store.team else {
                throw Failure.usage("this progress is not in a team; 'almanac team join FOLDER --name NAME' joins one")
            }
            let almanac = try content.open().almanac()
            let load = try store.loadTeam(team)
            let view = load.view
            let names = Dictionary(uniqueKeysWithValues: (view?.roster ?? []).map { ($0.member.id, $0.member.name) })
            let members = (view?.roster ?? []).map { file in
                Report.Member(id: file.member.id, name: file.member.name, role: file.member.role.rawValue,
                              machine: file.member.machine, joined: file.member.joined,
                              stepsAnswered: file.progress.steps.count,
                              lastChange: file.history.last.map { Timestamp.format($0.at) }, you: file.member.id == team.member.id)
            }
            let copies = (view?.conflictCopies ?? []).map { c in
                Report.Copy(file: c.fileName, engine: c.conflict?.engine.rawValue ?? "",
                            memberOf: names[c.conflict?.memberID ?? ""] ?? c.conflict?.memberID ?? "", canBeDeleted: view?.isTakenIn(c) ?? false)
            }
            let disagreements = almanac.outcomes.compactMap { o -> Report.Disagreement? in
                let steps = o.steps.map(\.id).filter { view?.disagrees(on: $0) ?? false }
                return steps.isEmpty ? nil : Report.Disagreement(outcome: o.id, steps: steps)
            }
            let tally = StepTally(almanac.steps.map(\.id), in: load.progress)
            let report = Report(folder: team.folder, reachable: view != nil, waiting: load.waiting,
                                waitingChanges: store.readOutbox().count, members: members, conflictCopies: copies,
                                damaged: (view?.damaged ?? []).map { Report.Damaged(file: $0.fileName, problem: $0.problem) },
                                disagreements: disagreements, done: tally.done, applicable: tally.applicable)
            if json { return try ProgressText.json(report) }
            Output.print(lines(report, almanac: almanac, view: view).joined(separator: "\n"))
        }
    }

    func lines(_ r: Report, almanac: AlmanacModel.Almanac, view: TeamView?) -> [String] {
        var out = ["Team folder: \(ProgressText.path(r.folder))"]
        if let waiting = r.waiting {
            out.append("Out of reach: \(DisplayText.safe(waiting)). Showing this machine's copy; "
                       + "\(r.waitingChanges) change\(r.waitingChanges == 1 ? "" : "s") wait to be written.")
        }
        out.append("Team progress: \(r.done)/\(r.applicable) applicable steps done.")
        if !r.members.isEmpty {
            out.append("")
            out.append("Members (\(r.members.count)):")
            let width = r.members.map { DisplayWidth.of(DisplayText.safe($0.name)) }.max() ?? 0
            for m in r.members {
                let name = DisplayText.safe(m.name)
                let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(name)))
                let last = m.lastChange.map { ", last change \($0)" } ?? ""
                out.append("  \(name)\(pad)  \(m.role), on \(DisplayText.safe(m.machine)): \(Plural.count(m.stepsAnswered, "step")) answered\(last)"
                           + (m.you ? "  (you)" : ""))
            }
        }
        if !r.conflictCopies.isEmpty {
            out.append("")
            out.append("Conflict copies made by a sync engine (\(r.conflictCopies.count)), merged in:")
            for c in r.conflictCopies {
                let fate = c.canBeDeleted ? "everything in it is in their file now: it can be deleted"
                                          : "merged into what everyone sees; \(DisplayText.safe(c.memberOf))'s next change writes it into their file, then it can be deleted"
                out.append("  \(DisplayText.safe(c.file)): \(c.engine) copy of \(DisplayText.safe(c.memberOf))'s file; \(fate)")
            }
        }
        if !r.damaged.isEmpty {
            out.append("")
            out.append("Damaged member files (\(r.damaged.count)), skipped; the others are merged:")
            for d in r.damaged { out.append("  \(DisplayText.safe(d.file)): \(DisplayText.safe(d.problem))") }
        }
        out.append("")
        if r.disagreements.isEmpty {
            out.append("Members agree on every step more than one of them answered.")
        } else {
            out.append("Where members' answers differ (their own answers; the team sees the latest):")
            for d in r.disagreements {
                let title = almanac.outcomes.first { $0.id == d.outcome }?.title ?? d.outcome
                out.append("  \(title):")
                for step in d.steps {
                    let spread = (view?.spread(of: step) ?? []).map { "\($0.0.rawValue): " + $0.1.map { DisplayText.safe($0) }.joined(separator: ", ") }
                    out.append("    \(step)  " + spread.joined(separator: " · "))
                }
            }
        }
        return out
    }
}
