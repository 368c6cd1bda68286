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
    // Unconditional: `--due -3d` reaches our message (it counts forward) instead of "missing value".
    @Option(parsing: .unconditional, help: ArgumentHelp("When it is due: YYYY-MM-DD, or today, tomorrow, +3d, +2w, +1m, eow (Friday), eom or a weekday, stored as the date it means ('' clears it).", valueName: "date")) var due: String?
    @Option(help: ArgumentHelp("Take DATE (YYYY-MM-DD) as today: for --due +2w and for what is overdue; default today.", valueName: "date"))
    var today: String?
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
            let day = try TodayOption.day(today)
            // +2w, friday and the like are stored as the date they mean (the output shows it).
            var dueDate: String?
            if let due, !due.isEmpty {
                switch DueDateInput.iso(due, today: day) {
                case .success(let iso): dueDate = iso
                case .failure(let problem):
                    throw Failure.usage(problem.message.prefix(1).lowercased() + problem.message.dropFirst() + ", or '' to clear it")
                }
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
            if due != nil { values.append(.due(dueDate)) }
            let current = try store.load().step(id)
            values.removeAll { current[$0.field] == $0 }
            let result = try store.save(values.isEmpty ? [] : [StepChange(step: id, values, at: now)], now: now)
            if json {
                let summary = ProgressSummary(result.progress, outcomes: almanac.outcomes, today: day.description)
                return try Output.json(ChangeJSON.Changes(file: store.path,
                                                          steps: [ChangeJSON.Step(id, result.progress.steps[id], changed: result.wrote)],
                                                          overall: .init(summary)))
            }
            Output.print(ProgressText.stepLine(id, result.progress.steps[id], noteWidth: 200)
                         + (result.wrote ? "" : "  (unchanged)"))
        }
    }
}
