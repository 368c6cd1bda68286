import AlmanacModel
import ArgumentParser

struct StepsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "steps", abstract: "Not yet built.")
    @OptionGroup var content: ContentOptions
    func run() throws {
        try reporting { throw Failure.failed("'steps' is not built yet") }
    }
}
