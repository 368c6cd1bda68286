import AlmanacModel
import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the whole almanac.",
        discussion: """
        Case-insensitive; curly and straight quotes match each other. Several words find text \
        containing all of them; a quoted phrase ('"open data"') finds those words in order. \
        Step and heading hits come first.
        """)

    @OptionGroup var content: ContentOptions
    @Argument(help: "Words or a quoted phrase.") var query: [String] = []
    @Option(help: "Show at most this many hits.") var limit: Int?
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        let outcome: String?
        let place: String
        let step: String?
        let text: String
    }

    func run() throws {
        try reporting {
            guard let parsed = SearchQuery(query.joined(separator: " ")) else {
                throw Failure.usage("nothing to search for; try: almanac search LoRaWAN, or almanac search '\"open data\"'")
            }
            if let limit, limit < 1 { throw Failure.usage("--limit must be 1 or more; give e.g. --limit 10, or leave it out for every hit") }
            let index = SearchIndex(almanac: try content.open().almanac())
            var hits = index.search(parsed)
            if let limit { hits = Array(hits.prefix(limit)) }
            let rows = hits.map { h -> Row in
                var step: String?
                if case .step(let id) = h.place { step = id }
                return Row(outcome: h.outcome, place: h.place.label, step: step, text: h.snippet())
            }
            if json { return try Output.json(rows) }
            if rows.isEmpty {
                Output.print("No matches for \(query.joined(separator: " ")).")
                return
            }
            let width = Output.width
            var lines = ["\(rows.count) match\(rows.count == 1 ? "" : "es")", ""]
            for r in rows {
                lines += Wrap.lines("\(r.outcome ?? "front matter") · \(r.place)", width: width)
                lines += Wrap.lines(r.text, width: width, firstIndent: "  ", indent: "  ")
                lines.append("")
            }
            Output.print(lines.joined(separator: "\n"))
        }
    }
}
