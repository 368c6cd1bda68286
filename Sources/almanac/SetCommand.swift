import AlmanacModel
import ArgumentParser
import Foundation

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set a step's status, note, owner or due date.",
        discussion: "An empty value clears a note, owner or due date: --note ''.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "A step id, e.g. inclusion.2.3.") var id: String
    @Option(help: ArgumentHelp("not-started, in-progress, done or not-applicable.", valueName: "status")) var status: String?
    @Option(help: ArgumentHelp("A note, stored as typed ('' clears it).", valueName: "text")) var note: String?
    @Option(help: ArgumentHelp("Who owns the step ('' clears it).", valueName: "name")) var owner: String?
    @Option(help: ArgumentHelp("When it is due, YYYY-MM-DD ('' clears it).", valueName: "date")) var due: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reportingProgress {
            if status == nil, note == nil, owner == nil, due == nil {
                throw Failure.usage("nothing to set; give --status, --note, --owner or --due")
            }
            var newStatus: StepStatus?
            if let status {
                guard let parsed = ProgressInput.status(status) else {
                    throw Failure.usage("unknown status '\(DisplayText.safe(status))'; use one of \(ProgressInput.acceptedStatuses)")
                }
                newStatus = parsed
            }
            if let due, !due.isEmpty, !ProgressInput.isDueDate(due) {
                throw Failure.usage("bad due date '\(DisplayText.safe(due))'; use a date written YYYY-MM-DD, e.g. 2026-03-31, or '' to clear it")
            }
            let almanac = try content.open().almanac()
            try ProgressText.check([id], in: almanac)
            let store = try progress.store()
            let now = Date()
            // Only the fields given: the rest of the step stays as the file has it.
            var values: [FieldValue] = []
            if let newStatus { values.append(.status(newStatus)) }
            if let note { values.append(.note(note.isEmpty ? nil : note)) }
            if let owner { values.append(.owner(owner.isEmpty ? nil : owner)) }
            if let due { values.append(.due(due.isEmpty ? nil : due)) }
            let current = try store.load().step(id)
            values.removeAll { current[$0.field] == $0 }
            let result = try store.save(values.isEmpty ? [] : [StepChange(step: id, values, at: now)], now: now)
            if json {
                let summary = ProgressSummary(result.progress, outcomes: almanac.outcomes, today: ProgressText.today())
                return try Output.json(ChangeJSON.Changes(file: store.path,
                                                          steps: [ChangeJSON.Step(id, result.progress.steps[id], changed: result.wrote)],
                                                          overall: .init(summary)))
            }
            Output.print(ProgressText.stepLine(id, result.progress.steps[id], noteWidth: 200)
                         + (result.wrote ? "" : "  (unchanged)"))
        }
    }
}
