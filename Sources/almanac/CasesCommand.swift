import AlmanacModel
import ArgumentParser

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the case studies: what other councils have done.",
        discussion: "Filters match case-insensitively: --category and --council match part of the name.")

    @OptionGroup var content: ContentOptions
    @Option(help: "Only this outcome (id, number or start of title).") var outcome: String?
    @Option(help: "Only categories containing this text, e.g. 'inclusion'.") var category: String?
    @Option(help: "Only councils whose name contains this text, e.g. 'hackney'.") var council: String?
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        let outcome: String
        let organisation: String
        let category: String?
        let councils: [Council]
        let summary: [String]
    }

    func run() throws {
        try reporting {
            let file = try content.open()
            let almanac = try file.almanac()
            var outcomes = almanac.outcomes
            if let outcome {
                switch OutcomeResolver(file.index).resolve(outcome) {
                case .notFound(let message): throw Failure.usage(message)
                case .found(let entry): outcomes = outcomes.filter { $0.id == entry.id }
                }
            }
            var rows: [Row] = []
            var picked: [(outcome: String, study: CaseStudy)] = []
            for o in outcomes {
                for c in o.caseStudies {
                    let councils = c.councils.compactMap { almanac.front.notableCouncil(named: $0) }
                    if let category, !(c.category ?? "").localizedCaseInsensitiveContains(category) { continue }
                    if let council, !c.organisation.localizedCaseInsensitiveContains(council),
                       !councils.contains(where: { $0.name.localizedCaseInsensitiveContains(council) }) { continue }
                    rows.append(Row(outcome: o.id, organisation: c.organisation, category: c.category,
                                    councils: councils, summary: c.summary.map(\.plain)))
                    picked.append((o.id, c))
                }
            }
            if json { return try Output.json(rows) }
            if rows.isEmpty {
                Output.print("No case studies match. Categories: " +
                    Set(almanac.outcomes.flatMap { $0.caseStudies.compactMap(\.category) }).sorted().joined(separator: ", "))
                return
            }
            let reader = PlainTextReader(width: Output.width, front: almanac.front)
            Output.print(picked.map { reader.caseStudy($0.study, outcome: $0.outcome).joined(separator: "\n") }
                .joined(separator: "\n\n"))
        }
    }
}
