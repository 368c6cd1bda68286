import AlmanacModel
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Not yet built.")
    @OptionGroup var content: ContentOptions
    func run() throws {
        try reporting { throw Failure.failed("'show' is not built yet") }
    }
}
