import AlmanacModel
import ArgumentParser
import Foundation

/// Marks steps done (`tick`) or not started (`untick`), keeping their notes, owners and dates.
enum StatusChange {
    static func run(_ ids: [String], to status: StepStatus, content: ContentOptions, options: ProgressOptions,
                    json: Bool) throws {
        let almanac = try content.open().almanac()
        try ProgressText.check(ids, in: almanac)
        let store = try options.store()
        let now = Date()
        // Only the status: a note, owner or due date saved meanwhile by anyone stays as it is.
        let before = try store.load()
        let changed = ids.filter { before.status(of: $0) != status }
        let result = try store.save(changed.map { StepChange(step: $0, [.status(status)], at: now) }, now: now)
        let summary = ProgressSummary(result.progress, outcomes: almanac.outcomes, today: ProgressText.today())
        if json {
            return try Output.json(ChangeJSON.Changes(
                file: store.path, steps: ids.map { ChangeJSON.Step($0, result.progress.steps[$0], changed: changed.contains($0)) },
                overall: .init(summary)))
        }
        var lines: [String] = []
        for id in ids {
            lines.append((changed.contains(id) ? "\(status.rawValue): " : "already \(status.rawValue): ") + id)
        }
        lines.append("Overall " + ProgressText.doneLine(summary.done, summary.total, notApplicable: summary.notApplicable)
                     + " in " + ProgressText.path(store.path))
        Output.print(lines.joined(separator: "\n"))
    }
}

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tick", abstract: "Mark steps done.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "Step ids, e.g. inclusion.2.3 ('almanac steps' lists them).") var ids: [String]
    @Flag(help: "Print JSON for scripts.") var json = false

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one step id, e.g. 'almanac tick inclusion.2.3'") }
    }

    func run() throws {
        try reportingProgress { try StatusChange.run(ids, to: .done, content: content, options: progress, json: json) }
    }
}
