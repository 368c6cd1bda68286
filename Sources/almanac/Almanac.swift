import ArgumentParser
import Foundation

@main
struct Almanac: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "A terminal guide to the LGA's Local Government Digitalisation Almanac (March 2023).",
        discussion: "With no command, opens the guide. The plain commands print to standard output; add --json for scripts.",
        subcommands: [
            OutcomesCommand.self,
            ShowCommand.self,
            StepsCommand.self,
            CasesCommand.self,
            SearchCommand.self,
            ExportCommand.self,
        ]
    )
}
