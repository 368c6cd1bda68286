import AlmanacModel
import ArgumentParser

struct StepsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steps", abstract: "List the practice steps with id, theme and text.")

    @OptionGroup var content: ContentOptions
    @Argument(help: "An outcome (id, number or start of title); all outcomes when omitted.") var outcome: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        let id: String
        let outcome: String
        let theme: String
        let themeNumber: Int
        let text: String
    }

    func run() throws {
        try reporting {
            let file = try content.open()
            let outcomes = try selectedOutcomes(file)
            let rows = outcomes.flatMap { o in
                o.themes.flatMap { t in
                    t.steps.map { Row(id: $0.id, outcome: o.id, theme: t.title, themeNumber: t.number, text: $0.text) }
                }
            }
            if json { return try Output.json(rows) }
            let width = Output.width
            var lines: [String] = []
            for o in outcomes {
                lines.append("\(o.number). \(o.title)")
                for t in o.themes {
                    lines += Wrap.lines(t.title, width: width, firstIndent: "  \(t.number) ", indent: "    ")
                    for s in t.steps {
                        let idColumn = s.id.padding(toLength: max(s.id.count, 0), withPad: " ", startingAt: 0)
                        lines += Wrap.lines(s.text, width: width, firstIndent: "    \(idColumn)  ", indent: "      ")
                    }
                }
                lines.append("")
            }
            Output.print(lines.joined(separator: "\n"))
        }
    }

    private func selectedOutcomes(_ file: ContentFile) throws -> [Outcome] {
        guard let outcome else { return try file.almanac().outcomes }
        switch OutcomeResolver(file.index).resolve(outcome) {
        case .notFound(let message): throw Failure.usage(message)
        case .found(let entry): return [try file.outcome(at: entry.number - 1)]
        }
    }
}
