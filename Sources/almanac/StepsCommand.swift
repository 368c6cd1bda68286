import AlmanacExport
import AlmanacModel
import ArgumentParser
import Foundation

struct StepsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steps", abstract: "List the practice steps with id, theme, text and progress.")

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "An outcome (id, number or start of title); all outcomes when omitted.") var outcome: String?
    @Option(help: ArgumentHelp("Only steps with this status: not-started, in-progress, done or not-applicable.",
                               valueName: "status"))
    var status: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        let id: String
        let outcome: String
        let theme: String
        let themeNumber: Int
        let text: String
        let status: StepStatus
        let owner: String?
        let due: String?
        let note: String?
        let reason: String?
        let evidence: [ReportEvidence]
    }

    func run() throws {
        try reportingProgress {
            var wanted: StepStatus?
            if let status {
                guard let parsed = ProgressInput.status(status) else {
                    throw Failure.usage("unknown status '\(DisplayText.safe(status))'; use one of \(ProgressInput.acceptedStatuses)")
                }
                wanted = parsed
            }
            let file = try content.open()
            let outcomes = try selectedOutcomes(file)
            let recorded = try loadProgress(required: wanted != nil)
            func keep(_ id: String) -> Bool { wanted.map { recorded.status(of: id) == $0 } ?? true }
            let rows = outcomes.flatMap { o in
                o.themes.flatMap { t in
                    t.steps.filter { keep($0.id) }.map { s in
                        let p = recorded.steps[s.id]
                        return Row(id: s.id, outcome: o.id, theme: t.title, themeNumber: t.number, text: s.text,
                                   status: p?.status ?? .notStarted, owner: p?.owner, due: p?.due, note: p?.note,
                                   reason: p?.reason, evidence: (p?.evidence ?? []).map { ReportEvidence($0, displaySafe: false) })
                    }
                }
            }
            if json { return try Output.json(rows) }
            let width = Output.width
            var lines: [String] = []
            for o in outcomes where o.steps.contains(where: { keep($0.id) }) {
                lines.append("\(o.number). \(o.title)")
                for t in o.themes where t.steps.contains(where: { keep($0.id) }) {
                    lines += Wrap.lines(t.title, width: width, firstIndent: "  \(t.number) ", indent: "    ")
                    for s in t.steps where keep(s.id) {
                        let p = recorded.steps[s.id]
                        lines += Wrap.lines(s.text, width: width,
                                            firstIndent: "    \(Self.mark(p?.status ?? .notStarted)) \(s.id)  ", indent: "        ")
                        var details: [String] = []
                        if let owner = p?.owner, !owner.isEmpty { details.append("owner: " + DisplayText.safe(owner)) }
                        if let due = p?.due { details.append("due: " + due) }
                        if let note = p?.note, !note.isEmpty { details.append("note: " + DisplayText.safe(note)) }
                        if let reason = p?.shownReason, !reason.isEmpty { details.append("reason: " + DisplayText.safe(reason)) }
                        if !details.isEmpty {
                            lines += Wrap.lines(details.joined(separator: "; "), width: width,
                                                firstIndent: "        ", indent: "        ")
                        }
                        // Numbered as `set --remove-evidence N` takes them.
                        for item in EvidenceWords.numbered(p?.evidence ?? []) {
                            lines += Wrap.lines("evidence " + item, width: width, firstIndent: "        ", indent: "          ")
                        }
                    }
                }
                lines.append("")
            }
            if lines.isEmpty, let wanted { lines.append("No steps are \(wanted.rawValue).") }
            Output.print(lines.joined(separator: "\n"))
        }
    }

    static func mark(_ status: StepStatus) -> String { status.box() }

    /// The progress file; when it cannot be read and no filter needs it, the steps are still
    /// listed, with a warning, so a damaged file does not stop anyone reading the almanac.
    private func loadProgress(required: Bool) throws -> AlmanacModel.Progress {
        do {
            return try progress.store().load()
        } catch let error as ProgressError where !required {
            Output.error("progress not shown: \(error.description)")
            return AlmanacModel.Progress()
        }
    }

    private func selectedOutcomes(_ file: ContentFile) throws -> [Outcome] {
        guard let outcome else { return Array(try file.almanac().outcomes) }
        switch OutcomeResolver(file.index).resolve(outcome) {
        case .notFound(let message): throw Failure.usage(message)
        case .found(let entry): return [try file.outcome(at: entry.number - 1)]
        }
    }
}
