import AlmanacTerminal
import AlmanacUI

/// The colours a screen opens with: `--theme`, then NO_COLOR (mono), then the theme last
/// chosen with the guide's `t` (the settings file), then the default. The guide and the
/// walkthrough open alike; present has its own default (high contrast, for projectors).
enum ScreenTheme {
    static func resolve(_ requested: ThemeName?) -> ThemeName {
        // NO_COLOR is all that resolve reads; the whole environment costs start-up time.
        let environment = Environment.only(["NO_COLOR"])
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let remembered = noColour ? nil : Settings.value("theme").flatMap(ThemeName.init(name:))
        return ThemeName(TerminalTheme.resolve(requested: (requested ?? remembered).map(TerminalTheme.init), environment: environment))
    }
}
