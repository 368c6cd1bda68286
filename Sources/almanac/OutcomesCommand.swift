import AlmanacModel
import ArgumentParser

struct OutcomesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcomes", abstract: "List the 12 outcomes with number, id, title and statement.")

    @OptionGroup var content: ContentOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reporting {
            let index = try content.open().index
            if json { return try Output.json(index.outcomes) }
            let width = Output.width
            var lines: [String] = []
            for o in index.outcomes {
                lines.append("\(o.number). \(o.title) [\(o.id)]")
                lines += Wrap.lines(o.statement, width: width, firstIndent: "   ", indent: "   ")
            }
            Output.print(lines.joined(separator: "\n"))
        }
    }
}

extension ContentIndex.Entry: Encodable {}
