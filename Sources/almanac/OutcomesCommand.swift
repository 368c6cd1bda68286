import AlmanacModel
import ArgumentParser

struct OutcomesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outcomes", abstract: "Not yet built.")
    @OptionGroup var content: ContentOptions
    func run() throws {
        try reporting { throw Failure.failed("'outcomes' is not built yet") }
    }
}
