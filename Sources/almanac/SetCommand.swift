import AlmanacModel
import ArgumentParser
import Foundation

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set a step's status, note, owner, due date, evidence or reason.",
        discussion: """
        An empty value clears a note, owner, due date or reason: --note ''. --evidence adds a link or \
        reference (a URL, a file path, a document's name) and may be repeated; the Nth --evidence-label \
        labels the Nth --evidence. --remove-evidence N removes item N as `almanac steps` and `set` \
        number them (removals are made before additions). --reason says why a step is not applicable.
        """)
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
    @Option(help: ArgumentHelp("Add evidence: a URL, file path or document name (repeatable).", valueName: "text"))
    var evidence: [String] = []
    @Option(help: ArgumentHelp("A label for the evidence given in the same place ('' for none; repeatable).", valueName: "text"))
    var evidenceLabel: [String] = []
    // Unconditional, as --due: `--remove-evidence -1` reaches our message instead of "missing value".
    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("Remove evidence item N (1 is the first listed; repeatable).", valueName: "n"))
    var removeEvidence: [Int] = []
    @Option(help: ArgumentHelp("Why the step is not applicable ('' clears it); needs --status not-applicable unless it already is.",
                               valueName: "text"))
    var reason: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reportingProgress {
            if status == nil, note == nil, owner == nil, due == nil, evidence.isEmpty, removeEvidence.isEmpty, reason == nil {
                throw Failure.usage(evidenceLabel.isEmpty ? "nothing to set; give --status, --note, --owner, --due, --evidence, --remove-evidence or --reason"
                                                          : "--evidence-label labels an --evidence; give the evidence too")
            }
            if evidenceLabel.count > evidence.count {
                throw Failure.usage("\(evidenceLabel.count) --evidence-label for \(evidence.count) --evidence; the Nth label goes with the Nth --evidence")
            }
            if evidence.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                throw Failure.usage("--evidence needs text: a URL, a file path or a document's name")
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
            var seenEvidence: [Evidence]?
            if !evidence.isEmpty || !removeEvidence.isEmpty {
                let list = try EvidenceEdit.apply(to: current.evidence, removing: removeEvidence,
                                                  adding: evidence.enumerated().map { i, t in
                                                      Evidence(t, label: i < evidenceLabel.count ? evidenceLabel[i] : nil)
                                                  }, step: id)
                values.append(.evidence(list))
                seenEvidence = current.evidence
            }
            if let reason {
                // A reason belongs to not applicable: given for another status it would sit unseen.
                let willBe = newStatus ?? current.status
                guard willBe == .notApplicable else {
                    throw Failure.usage("--reason is for a step that is not applicable, and \(id) "
                        + (newStatus != nil ? "would be \(willBe.rawValue)" : "is \(willBe.rawValue)")
                        + "; add --status not-applicable")
                }
                values.append(.reason(reason.isEmpty ? nil : reason))
            }
            values.removeAll { current[$0.field] == $0 }
            let result = try store.save(values.isEmpty ? [] : [StepChange(step: id, values, at: now, seenEvidence: seenEvidence)], now: now)
            if json {
                let summary = ProgressSummary(result.progress, outcomes: almanac.outcomes, today: day.description)
                return try Output.json(ChangeJSON.Changes(file: store.path,
                                                          steps: [ChangeJSON.Step(id, result.progress.steps[id], changed: result.wrote)],
                                                          overall: .init(summary)))
            }
            Output.print(ProgressText.stepLine(id, result.progress.steps[id], noteWidth: 200)
                         + (result.wrote ? "" : "  (unchanged)"))
            for line in EvidenceWords.numbered(result.progress.step(id).evidence) { Output.print("  evidence " + line) }
        }
    }
}
