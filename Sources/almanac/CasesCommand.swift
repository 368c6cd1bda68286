import AlmanacModel
import ArgumentParser

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the case studies: what other councils have done.",
        discussion: """
        Filters match part of the name, ignoring case, and combine: almanac cases connectivity,         almanac cases --type unitary --region "south west", almanac cases --category none.
        """)

    @OptionGroup var content: ContentOptions
    @Argument(help: "Only this outcome (id, number or start of title), as --outcome.") var outcomeName: String?
    @Option(help: "Only this outcome (id, number or start of title).") var outcome: String?
    @Option(help: "Only categories containing this text, e.g. 'inclusion'; 'none' for studies without one.") var category: String?
    @Option(help: "Only councils whose name contains this text, e.g. 'hackney'.") var council: String?
    @Option(help: "Only councils of this type (Annex B): county, district, unitary, metropolitan, London borough.") var type: String?
    @Option(help: "Only councils in this region (Annex B), e.g. 'south west', 'wales'.") var region: String?
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
            var outcomes = Array(almanac.outcomes)
            if let outcomeName, let outcome, outcomeName.lowercased() != outcome.lowercased() {
                throw Failure.usage("two outcomes given ('\(DisplayText.safe(outcomeName))' and --outcome '\(DisplayText.safe(outcome))'); give one")
            }
            let facets = CaseFacets(almanac)
            if let outcome = outcome ?? outcomeName {
                switch OutcomeResolver(file.index).resolve(outcome) {
                case .notFound(let message): throw Failure.usage(message)
                case .found(let entry): outcomes = outcomes.filter { $0.id == entry.id }
                }
            }
            var rows: [Row] = []
            var picked: [(outcome: String, study: CaseStudy)] = []
            for o in outcomes {
                for c in o.caseStudies {
                    let councils = facets.councils(of: c)
                    if let category {
                        let wanted = category.lowercased() == "none" ? CaseFacets.noCategory : category
                        guard facets.matches(category: wanted, c) else { continue }
                    }
                    if let council, !c.organisation.localizedCaseInsensitiveContains(council),
                       !councils.contains(where: { $0.name.localizedCaseInsensitiveContains(council) }) { continue }
                    if let type, !facets.matches(type: type, c) { continue }
                    if let region, !facets.matches(region: region, c) { continue }
                    // JSON keeps null for "no category"; the text says so.
                    var filed = c
                    filed.category = facets.category(of: c)
                    rows.append(Row(outcome: o.id, organisation: c.organisation, category: c.category.map { _ in facets.category(of: c) },
                                    councils: councils, summary: c.summary.map(\.plain)))
                    picked.append((o.id, filed))
                }
            }
            if json { return try Output.json(rows) }
            if rows.isEmpty {
                Output.print("No case studies match. Categories: " + facets.categories.joined(separator: ", ")
                             + ".\nTypes: " + facets.types.joined(separator: ", ") + ".\nRegions: " + facets.regions.joined(separator: ", ") + ".")
                return
            }
            let reader = PlainTextReader(width: Output.width, front: almanac.front)
            Output.print(picked.map { reader.caseStudy($0.study, outcome: $0.outcome).joined(separator: "\n") }
                .joined(separator: "\n\n"))
        }
    }
}
