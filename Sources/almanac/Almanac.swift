import ArgumentParser
import AlmanacModel
import Foundation

@main
struct Almanac: ParsableCommand {
    /// `almanac --version`; raised with each release, and in the manual page (`docs/almanac.1`).
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "A terminal guide to the LGA's Local Government Digitalisation Almanac (March 2023).",
        discussion: "With no command, opens the guide. The plain commands print to standard output; add --json for scripts.",
        version: Almanac.version,
        subcommands: [
            GuideCommand.self,
            OutcomesCommand.self,
            ShowCommand.self,
            StepsCommand.self,
            CasesCommand.self,
            SearchCommand.self,
            TickCommand.self,
            UntickCommand.self,
            SetCommand.self,
            StatusCommand.self,
            ExportCommand.self,
            PlanCommand.self,
            ReviewCommand.self,
            MergeCommand.self,
            CompareCommand.self,
            BackupsCommand.self,
            RestoreCommand.self,
            RepairCommand.self,
            ProfilesCommand.self,
            WalkthroughCommand.self,
            PresentCommand.self,
            ReadCommand.self,
            TeamCommand.self,
            MergeDriverCommand.self,
            ConfigCommand.self,
        ],
        defaultSubcommand: GuideCommand.self
    )

    /// Like ArgumentParser's own main, but a usage error exits with status 2 (as the other
    /// bad-input errors do) rather than 64; and the guide, the walkthrough and present with only
    /// their own options start without ArgumentParser, for a faster first screen (see `ScreenArguments`).
    static func main() {
        if let launch = ScreenArguments.launch(Array(CommandLine.arguments.dropFirst())) { launch.runAndExit() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitSafely(withError: error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, but its message (which echoes the arguments) made
    /// display-safe, and a usage error exits 2.
    static func exitSafely(withError error: Error) -> Never {
        if let plain = PlainErrors.message(for: error) {
            Output.error(plain)
            Foundation.exit(PlainErrors.status(for: error))
        }
        let code = exitCode(for: error)
        let message = DisplayText.safe(fullMessage(for: error), keepNewlines: true)
        if !message.isEmpty {
            Output.write(message.hasSuffix("\n") ? message : message + "\n", to: code == .success ? STDOUT_FILENO : STDERR_FILENO)
        }
        Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
}
