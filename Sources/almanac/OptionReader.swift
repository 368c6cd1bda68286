import Foundation

/// Splits an argument vector into `--name value` / `--name=value` options, flags and plain words
/// for the start-up fast paths (`GuideArguments`, `ScreenArguments`), which skip ArgumentParser.
///
/// Anything ArgumentParser might read differently (short options, a value that is empty or looks
/// like an option, `--`) refuses the whole vector, so ArgumentParser handles it as usual.
enum OptionReader {
    /// Calls `option` for each option and value, `flag` for each name in `flags`, `word` for
    /// anything else; any of them answering false (an unknown or repeated name) refuses.
    static func read(_ arguments: ArraySlice<String>, flags: [String] = [],
                     option: (Substring, String) -> Bool,
                     flag: (String) -> Bool = { _ in false },
                     word: (String) -> Bool = { _ in false }) -> Bool {
        var rest = arguments
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                guard !argument.isEmpty, word(argument) else { return false }
                continue
            }
            guard argument.hasPrefix("--") else { return false }
            if flags.contains(argument) {
                guard flag(argument) else { return false }
                continue
            }
            let name: Substring, value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return false }
                name = argument[...]
                value = next
            }
            // An empty value or one that looks like an option: ArgumentParser's message is needed.
            guard !value.isEmpty, !value.hasPrefix("-"), option(name, value) else { return false }
        }
        return true
    }

    /// Sets an option's field the first time; false for a repeat (ArgumentParser's to judge).
    static func once(_ field: inout String?, _ value: String) -> Bool {
        guard field == nil else { return false }
        field = value
        return true
    }
}

/// What the guide, the walkthrough and present all take: where the content and progress are,
/// and the terminal's background.
protocol ScreenLaunch {
    var content: String? { get set }
    var progress: String? { get set }
    var profile: String? { get set }
    /// `--background` (auto, dark or light), already checked; nil for the environment's or auto.
    var background: String? { get set }

    /// Runs the screen until the user leaves. Returns the signal that ended it, if one did.
    func run() throws -> Int32?
}

extension ScreenLaunch {
    /// Takes one of the shared options: true when taken, false when refused (repeated, or a
    /// background that is not one), nil when `name` is not a shared option.
    mutating func take(shared name: Substring, _ value: String) -> Bool? {
        switch name {
        case "--content": return OptionReader.once(&content, value)
        case "--progress": return OptionReader.once(&progress, value)
        case "--profile": return OptionReader.once(&profile, value)
        case "--background":
            guard let checked = try? BackgroundOption.checked(value) else { return false }
            return OptionReader.once(&background, checked)
        default: return nil
        }
    }

    /// Runs the screen and ends the process with the message and status its command gives.
    func runAndExit() -> Never {
        do {
            if let signal = try run() { exit(128 + signal) }
            exit(0)
        } catch {
            Almanac.exitSafely(withError: error)
        }
    }
}
