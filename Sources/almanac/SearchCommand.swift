import AlmanacModel
import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Not yet built.")
    @OptionGroup var content: ContentOptions
    func run() throws {
        try reporting { throw Failure.failed("'search' is not built yet") }
    }
}
