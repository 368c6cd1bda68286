import AlmanacModel
import AlmanacTerminal
import AlmanacUI
import ArgumentParser
import Foundation

/// The full-screen guide: what `almanac` opens with no command.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Open the full-screen guide (the default when no command is given).",
        discussion: "Needs a terminal. Progress is saved as you go; a progress file that cannot be read opens read-only and is never overwritten.")

    @Option(name: .long, help: ArgumentHelp("Colours: default, high-contrast or mono (NO_COLOR chooses mono).", valueName: "theme"),
            transform: GuideCommand.theme)
    var theme: ThemeName?

    @OptionGroup var content: ContentOptions
    @OptionGroup var progressOptions: ProgressOptions

    static func theme(_ name: String) throws -> ThemeName {
        guard let theme = ThemeName(name: name) else {
            throw ValidationError("unknown theme '\(name)'; use default, high-contrast or mono")
        }
        return theme
    }

    func run() throws {
        var signal: Int32?
        try reporting {
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw Failure.usage(TerminalError.notATerminal.description)
            }
            let file = try content.open()
            let session = try GuideSession(store: progressOptions.store())
            let env = ProcessInfo.processInfo.environment
            let theme = TerminalTheme.resolve(requested: theme.map(TerminalTheme.init), environment: env)
            var app = GuideApp(content: GuideContent(file: file), progress: session.loaded,
                               today: GuideSession.today(), readOnly: session.readOnly, banner: session.banner,
                               unicode: TerminalLocale.adopt(), theme: ThemeName(theme))
            let driver = TerminalDriver<GuideApp>()
            do {
                signal = try driver.run(&app) { effect, app in session.perform(effect, &app) }
            } catch let error as TerminalError {
                throw Failure.usage(error.description)
            }
            if let problem = session.positionProblem {
                FileHandle.standardError.write(Data("almanac: your place in the guide was not saved: \(problem)\n".utf8))
            }
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}
