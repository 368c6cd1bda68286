import AlmanacUI
import ArgumentParser

struct WalkthroughCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walkthrough",
        abstract: "A guided walk through the almanac for councillors, one screen at a time.",
        discussion: """
        Enter or Space: next. Backspace: back. q: leave; the next walkthrough opens where you left. \
        o: the list of outcomes, to go straight to one. On the steps screens, press a step's number to mark what the council already does \
        (the same progress as the checklist); u undoes, Ctrl-R redoes. What others save to the \
        progress file meanwhile shows within a second.
        """)

    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Start again from the welcome screen. Marked steps are kept.") var restart = false
    @OptionGroup var backgroundOption: BackgroundOption
    @Option(name: .long, help: ArgumentHelp("Colours: default, high-contrast (for a projector) or mono; otherwise the guide's last choice (t), or mono under NO_COLOR.", valueName: "theme"),
            transform: GuideCommand.theme)
    var theme: ThemeName?

    var launch: WalkthroughLaunch {
        WalkthroughLaunch(content: content.content, progress: progress.progress, profile: progress.profile,
                          restart: restart, background: backgroundOption.background, theme: theme)
    }

    func run() throws {
        var signal: Int32?
        try reportingProgress { signal = try launch.run() }
        if let signal { throw ExitCode(128 + signal) }
    }
}
