import AlmanacUI
import ArgumentParser

/// The full-screen guide: what `almanac` opens with no command. (`almanac` with only these
/// options skips ArgumentParser for start-up time: see `GuideArguments`.)
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
    @OptionGroup var backgroundOption: BackgroundOption

    static func theme(_ name: String) throws -> ThemeName {
        guard let theme = ThemeName(name: name) else {
            throw ValidationError(ThemeName.unknown(name))
        }
        return theme
    }

    var launch: GuideLaunch {
        GuideLaunch(theme: theme, content: content.content, progress: progressOptions.progress,
                    profile: progressOptions.profile, background: backgroundOption.background)
    }

    func run() throws {
        var signal: Int32?
        try reporting { signal = try launch.run() }
        if let signal { throw ExitCode(128 + signal) }
    }
}
