import AlmanacModel
import AlmanacStorage
import Foundation

/// The settings file for this run, read once (`SettingsFile`), and its problem said once.
enum Settings {
    static let file = SettingsFile(environment: Environment.only(["XDG_CONFIG_HOME", "HOME"]))

    /// The values set; an unreadable file gives none (and a problem).
    static let current: SettingsFile.Read = file.read()

    static func value(_ key: String) -> String? { current.values[key] }

    /// Changes one setting; a failure in words about the settings file, not progress.
    static func set(_ key: String, to value: String?) throws(Failure) {
        do { try file.set(key, to: value) } catch {
            throw Failure.failed("settings \(DisplayText.safe(file.path)) not changed: \(error.problem); \(error.recovery)")
        }
    }

    static func setKeys(_ action: String, to keys: [String]?) throws(Failure) {
        do { try file.setKeys(action, to: keys) } catch {
            throw Failure.failed("settings \(DisplayText.safe(file.path)) not changed: \(error.problem); \(error.recovery)")
        }
    }

    /// For commands: the file's problem on standard error, once per run.
    static func warnOnce() {
        guard let problem = current.problem, !warned.value else { return }
        warned.value = true
        Output.error(problem)
    }

    private final class Flag: @unchecked Sendable { var value = false }
    private static let warned = Flag()
}
