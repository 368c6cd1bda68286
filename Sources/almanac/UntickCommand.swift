import AlmanacModel
import ArgumentParser

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Mark steps not started (notes, owners and due dates are kept).")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "Step ids, e.g. inclusion.2.3.") var ids: [String]
    @Flag(help: "Print JSON for scripts.") var json = false

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one step id, e.g. 'almanac untick inclusion.2.3'") }
    }

    func run() throws {
        try reportingProgress { try StatusChange.run(ids, to: .notStarted, content: content, options: progress, json: json) }
    }
}
