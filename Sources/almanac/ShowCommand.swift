import AlmanacModel
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Read an outcome, the introduction or an annex as plain text.",
        discussion: """
        PART is an outcome (id, number 1-12, or the start of its title: `data`, `3`, `secur`), \
        or `introduction`, `annex-a`, `annex-b`. Read them in turn to read the whole almanac. \
        A step id (`data.1.1`) shows that step with its progress and numbered evidence.
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "What to read.") var part: String
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reportingProgress {
            let file = try content.open()
            if StepShow.names(part) {
                return try StepShow.run(part, almanac: file.almanac(), progress: progress.store().load(), json: json)
            }
            let front = try file.frontMatter()
            let reader = PlainTextReader(width: Output.width, front: front)
            switch part.lowercased() {
            case "introduction", "intro":
                if json { return try Output.json(FrontPart(acknowledgements: front.acknowledgements, introduction: front.introduction)) }
                Output.print(reader.introduction(title: file.index.title, subtitle: file.index.subtitle))
            case "annex-a", "annexa", "a":
                if json { return try Output.json(AnnexA(contributors: front.contributors, experts: front.experts)) }
                Output.print(reader.annexA())
            case "annex-b", "annexb", "b":
                if json { return try Output.json(front.notablePractice) }
                Output.print(reader.annexB())
            default:
                switch OutcomeResolver(file.index).resolve(part) {
                case .notFound(let message):
                    throw Failure.usage(message + " (or introduction, annex-a, annex-b)")
                case .found(let entry):
                    let outcome = try file.outcome(at: entry.number - 1)
                    if json { return try Output.json(outcome) }
                    Output.print(reader.outcome(outcome, of: file.index.outcomes.count))
                }
            }
        }
    }

    private struct FrontPart: Encodable {
        let acknowledgements: Section
        let introduction: [Section]
    }

    private struct AnnexA: Encodable {
        let contributors: [Council]
        let experts: [String]
    }
}
