import AlmanacModel
import ArgumentParser
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show progress overall and per outcome, in-progress and overdue steps.",
        discussion: "Not-applicable steps leave the count: 8/8 means every applicable step is done.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "An outcome (id, number or start of title) to show step by step.") var outcome: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Report: Encodable {
        var file: String
        var done: Int
        var total: Int
        var notApplicable: Int
        var outcomes: [ProgressSummary.OutcomeCount]
        var inProgress: [ProgressSummary.StepEntry]
        var overdue: [ProgressSummary.StepEntry]
        var unknownIds: Int
        /// Every step of the chosen outcome, when one is given.
        var steps: [ProgressSummary.StepEntry]?
    }

    func run() throws {
        try reportingProgress {
            let file = try content.open()
            var outcomes = Array(try file.almanac().outcomes)
            let store = try progress.store()
            let current = try store.load()
            var steps: [ProgressSummary.StepEntry]?
            if let outcome {
                switch OutcomeResolver(file.index).resolve(outcome) {
                case .notFound(let message): throw Failure.usage(message)
                case .found(let entry): outcomes = outcomes.filter { $0.id == entry.id }
                }
                steps = outcomes.flatMap { $0.steps }.map { (step: Step) -> ProgressSummary.StepEntry in
                    let p = current.steps[step.id]
                    return .init(id: step.id, status: p?.status ?? .notStarted, owner: p?.owner, due: p?.due, note: p?.note)
                }
            }
            let summary = ProgressSummary(current, outcomes: outcomes, today: ProgressText.today())
            let unknown = outcome == nil ? summary.unknownIDs.count : 0
            if json {
                return try ProgressText.json(Report(
                    file: store.path, done: summary.done, total: summary.total, notApplicable: summary.notApplicable,
                    outcomes: summary.outcomes, inProgress: summary.inProgress, overdue: summary.overdue,
                    unknownIds: unknown, steps: steps))
            }
            var shown = text(summary, steps: steps, unknown: unknown, path: store.path, exists: store.exists)
            if let team = store.team {
                // The team's progress, not this file's alone: say so first.
                shown = "Team progress from \(ProgressText.path(team.folder)) (you: \(DisplayText.safe(team.member.name)); "
                    + "'almanac team status' lists the members)\n" + shown
            }
            Output.print(shown)
        }
    }

    private func text(_ s: ProgressSummary, steps: [ProgressSummary.StepEntry]?, unknown: Int,
                      path: String, exists: Bool) -> String {
        var lines = ["Progress file: " + ProgressText.path(path) + (exists ? "" : " (not created yet)")]
        let titleWidth = min(34, s.outcomes.map { $0.title.count }.max() ?? 0)
        if s.outcomes.count > 1 {
            lines.append(pad("Overall", titleWidth + 3) + "  " + ProgressSummary.bar(done: s.done, total: s.total)
                         + "  " + ProgressText.doneLine(s.done, s.total, notApplicable: s.notApplicable))
        }
        for o in s.outcomes {
            let label = pad(String(o.number), 2, left: true) + " " + pad(String(o.title.prefix(titleWidth)), titleWidth)
            lines.append(label + "  " + ProgressSummary.bar(done: o.done, total: o.total)
                         + "  " + ProgressText.doneLine(o.done, o.total, notApplicable: o.notApplicable))
        }
        if let steps {
            lines.append("")
            for step in steps {
                lines.append("  " + StepsCommand.mark(step.status) + " " + ProgressText.stepLine(step.id, entry(step)))
            }
        }
        if !s.inProgress.isEmpty {
            lines.append("")
            lines.append("In progress (\(s.inProgress.count)):")
            lines += s.inProgress.map { "  " + ProgressText.stepLine($0.id, entry($0)) }
        }
        if !s.overdue.isEmpty {
            lines.append("")
            lines.append("Overdue (\(s.overdue.count)):")
            lines += s.overdue.map { "  " + ProgressText.stepLine($0.id, entry($0)) }
        }
        if unknown > 0 {
            lines.append("")
            lines.append("\(unknown) step id\(unknown == 1 ? "" : "s") not in this edition of the almanac (kept in the file).")
        }
        return lines.joined(separator: "\n")
    }

    private func entry(_ e: ProgressSummary.StepEntry) -> StepProgress {
        StepProgress(status: e.status, note: e.note, owner: e.owner, due: e.due, changed: Date())
    }

    private func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - s.count))
        return left ? gap + s : s + gap
    }
}
