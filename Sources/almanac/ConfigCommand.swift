import AlmanacModel
import AlmanacStorage
import AlmanacUI
import ArgumentParser
import Foundation

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings file (theme, default profile, background, keys) and what is set.",
        discussion: "The guide's t keeps the theme chosen there. Command-line options and environment variables still win. "
            + "keys.ACTION remaps the guide's keys, e.g. almanac config set keys.tick x; the help and status bar follow.",
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
        var keys: [String: [String]]
        var problem: String?
    }

    func run() throws {
        try reporting {
            let read = Settings.current
            let keyProblems = KeyRemapping.apply(read.keys).problems
            let problem = read.problem ?? keyProblems.first.map { "settings \(Settings.file.path): \($0)" }
            if json {
                return try Output.json(Report(file: Settings.file.path, exists: read.exists, settings: read.values, keys: read.keys, problem: problem))
            }
            var lines = ["Settings file: " + ProgressText.path(Settings.file.path) + (read.exists ? "" : " (not created yet)")]
            for key in SettingsFile.keys {
                lines.append("  \(key) = " + (read.values[key].map { "\"\(DisplayText.safe($0))\"" } ?? "(not set: \(ConfigSetCommand.fallback(key)))"))
            }
            if read.keys.isEmpty {
                lines.append("  keys: the defaults (remap one with almanac config set keys.ACTION KEY, e.g. keys.tick x)")
            } else {
                lines.append("  [keys]")
                for (name, keys) in read.keys.sorted(by: { $0.key < $1.key }) {
                    lines.append("  \(DisplayText.safe(name)) = " + keys.map { "\"\(DisplayText.safe($0))\"" }.joined(separator: ", "))
                }
            }
            lines.append("Set one with 'almanac config set KEY VALUE', e.g. almanac config set theme high-contrast.")
            lines.append("Actions whose keys can change: " + KeyRemapping.names.joined(separator: ", ") + ".")
            Output.print(lines.joined(separator: "\n"))
            let problems = (read.problem.map { [$0] } ?? []) + keyProblems.map { "settings \(Settings.file.path): \($0)" }
            if !problems.isEmpty {
                for p in problems { Output.error(p) }
                throw ExitCode(1)
            }
        }
    }
}

struct ConfigSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set theme, profile or background.")
    @Argument(help: "theme, profile, background, or keys.ACTION (e.g. keys.tick).") var key: String
    @Argument(help: "theme: default, high-contrast or mono; profile: a profile name; background: auto, dark or light; keys.ACTION: one or more keys, e.g. x, Ctrl-T, F5, Space.")
    var value: [String]

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
            if key.hasPrefix("keys.") { return try setKeys(String(key.dropFirst(5))) }
            guard value.count == 1 else {
                throw Failure.usage("\(DisplayText.safe(key)) takes one value; quote it if it has spaces")
            }
            let value = value[0]
            var stored = value
            switch key {
            case "theme":
                guard let theme = ThemeName(name: value) else {
                    throw Failure.usage(ThemeName.unknown(value))
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
    @Argument(help: "theme, profile, background, or keys.ACTION.") var key: String

    func run() throws {
        try reportingProgress {
            let key = key.lowercased()
            if key.hasPrefix("keys.") {
                let action = String(key.dropFirst(5))
                guard KeyRemapping.names.contains(action) else { throw ConfigSetCommand.unknownAction(action) }
                try Settings.setKeys(action, to: nil)
                return Output.print("keys.\(action) removed: its default keys apply")
            }
            guard SettingsFile.keys.contains(key) else {
                throw Failure.usage("unknown setting '\(DisplayText.safe(key))'; the settings are \(SettingsFile.keys.joined(separator: ", "))")
            }
            try Settings.set(key, to: nil)
            Output.print("\(key) removed: \(ConfigSetCommand.fallback(key)) applies")
        }
    }
}

extension ConfigSetCommand {
    static func unknownAction(_ action: String) -> Failure {
        Failure.usage("'\(DisplayText.safe(action))' is not an action of the guide; the actions are \(KeyRemapping.names.joined(separator: ", "))")
    }

    /// `keys.ACTION KEY...`: checked as the guide will read it (the key names, and no key
    /// another action has on the same screen) before the file is changed.
    func setKeys(_ action: String) throws {
        guard KeyRemapping.names.contains(action) else { throw Self.unknownAction(action) }
        let keys = value.flatMap { $0 == " " ? [$0] : $0.split(separator: " ").map(String.init) }
        var wanted = Settings.current.keys
        wanted[action] = keys
        if let problem = KeyRemapping.apply(wanted).problems.first(where: { $0.hasPrefix("keys.\(action)") }) {
            throw Failure.usage(problem)
        }
        try Settings.setKeys(action, to: keys)
        Output.print("keys.\(action) = " + keys.map { "\"\(DisplayText.safe($0))\"" }.joined(separator: ", ") + " in \(ProgressText.path(Settings.file.path))")
    }
}
