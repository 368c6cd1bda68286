import AlmanacModel
import AlmanacStorage
import AlmanacUI
import ArgumentParser
import Foundation

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings file (theme, default profile, background) and what is set.",
        discussion: "The guide's t keeps the theme chosen there. Command-line options and environment variables still win.",
        subcommands: [ConfigShowCommand.self, ConfigSetCommand.self, ConfigUnsetCommand.self],
        defaultSubcommand: ConfigShowCommand.self)
}

struct ConfigShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Where the settings file is and what it sets.")
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Report: Encodable {
        var file: String
        var exists: Bool
        var settings: [String: String]
        var problem: String?
    }

    func run() throws {
        try reporting {
            let read = Settings.current
            if json {
                return try Output.json(Report(file: Settings.file.path, exists: read.exists, settings: read.values, problem: read.problem))
            }
            var lines = ["Settings file: " + ProgressText.path(Settings.file.path) + (read.exists ? "" : " (not created yet)")]
            for key in SettingsFile.keys {
                lines.append("  \(key) = " + (read.values[key].map { "\"\(DisplayText.safe($0))\"" } ?? "(not set: \(ConfigSetCommand.fallback(key)))"))
            }
            lines.append("Set one with 'almanac config set KEY VALUE', e.g. almanac config set theme high-contrast.")
            Output.print(lines.joined(separator: "\n"))
            if let problem = read.problem {
                Output.error(problem)
                throw ExitCode(1)
            }
        }
    }
}

struct ConfigSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set theme, profile or background.")
    @Argument(help: "theme, profile or background.") var key: String
    @Argument(help: "theme: default, high-contrast or mono; profile: a profile name; background: auto, dark or light.") var value: String

    /// What applies when a key is not set.
    static func fallback(_ key: String) -> String {
        switch key {
        case "theme": "default, or mono with NO_COLOR"
        case "profile": "the default progress file"
        default: "asks the terminal"
        }
    }

    func run() throws {
        try reportingProgress {
            let key = key.lowercased()
            var stored = value
            switch key {
            case "theme":
                guard let theme = ThemeName(name: value) else {
                    throw Failure.usage("unknown theme '\(DisplayText.safe(value))'; use default, high-contrast or mono")
                }
                stored = theme.rawValue
            case "background":
                stored = try BackgroundOption.checked(value)
            case "profile":
                _ = try ProgressOptions.location.profileFile(value)
            default:
                throw Failure.usage("unknown setting '\(DisplayText.safe(key))'; the settings are \(SettingsFile.keys.joined(separator: ", "))")
            }
            try Settings.set(key, to: stored)
            Output.print("\(key) = \"\(DisplayText.safe(stored))\" in \(ProgressText.path(Settings.file.path))")
        }
    }
}

struct ConfigUnsetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove a setting, so its default applies.")
    @Argument(help: "theme, profile or background.") var key: String

    func run() throws {
        try reportingProgress {
            let key = key.lowercased()
            guard SettingsFile.keys.contains(key) else {
                throw Failure.usage("unknown setting '\(DisplayText.safe(key))'; the settings are \(SettingsFile.keys.joined(separator: ", "))")
            }
            try Settings.set(key, to: nil)
            Output.print("\(key) removed: \(ConfigSetCommand.fallback(key)) applies")
        }
    }
}
