import AlmanacModel
import ArgumentParser

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cases", abstract: "Not yet built.")
    @OptionGroup var content: ContentOptions
    func run() throws {
        try reporting { throw Failure.failed("'cases' is not built yet") }
    }
}
