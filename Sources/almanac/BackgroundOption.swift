import AlmanacTerminal
import ArgumentParser

/// `--background auto|dark|light`, shared by the full-screen commands: which colours suit the
/// terminal when asking it (OSC 11) gives the wrong answer or none.
struct BackgroundOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The terminal's background: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.",
        valueName: "auto|dark|light"), transform: BackgroundOption.checked)
    var background: String?

    static func checked(_ value: String) throws -> String {
        guard TerminalBackground.chosen(option: value, environment: [:]) != nil else {
            throw ValidationError("unknown background '\(value)'; use auto, dark or light")
        }
        return value.lowercased()
    }

    /// Sets up `driver` for `value` (the option, already checked) and the environment.
    static func configure<App>(_ driver: inout TerminalDriver<App>, option value: String?) throws {
        let environment = Environment.only(["ALMANAC_BACKGROUND", "COLORFGBG"])
        // --background, then ALMANAC_BACKGROUND, then the settings file.
        let value = value ?? (environment["ALMANAC_BACKGROUND"] == nil ? Settings.value("background") : nil)
        guard let chosen = TerminalBackground.chosen(option: value, environment: environment) else {
            throw Failure.usage("ALMANAC_BACKGROUND is '\(environment["ALMANAC_BACKGROUND"] ?? "")'; set it to auto, dark or light")
        }
        driver.background = chosen
        driver.backgroundGuess = TerminalBackground.guess(environment: environment)
    }
}
