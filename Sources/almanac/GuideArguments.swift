import AlmanacUI

/// The start-up fast path: reads `almanac [guide] [--content F] [--progress F] [--profile N]
/// [--theme T] [--background B]` (also `--option=value`) without ArgumentParser, whose parse of the whole command
/// tree costs milliseconds before the guide's first frame.
///
/// It accepts only vectors that ArgumentParser is sure to parse into the same `GuideCommand`;
/// anything else (help, commands, unknown or repeated options, missing or odd values, unknown
/// themes) gives nil, and ArgumentParser handles it with its usual messages and exit codes.
/// Tests/AlmanacCLITests/GuideArgumentsTests checks the two agree.
enum GuideArguments {
    static func parse(_ arguments: [String]) -> GuideLaunch? {
        var rest = arguments[...]
        if rest.first == "guide" { rest = rest.dropFirst() }
        var launch = GuideLaunch()
        var theme: String?
        while let argument = rest.popFirst() {
            let name: Substring, value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = argument[...]
                value = next
            }
            // An empty value or one that looks like an option: ArgumentParser's message is needed.
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            // (No dictionary here: its first use costs a conformance lookup at start-up.)
            switch name {
            case "--content" where launch.content == nil: launch.content = value
            case "--progress" where launch.progress == nil: launch.progress = value
            case "--profile" where launch.profile == nil: launch.profile = value
            case "--theme" where theme == nil: theme = value
            case "--background" where launch.background == nil:
                guard let checked = try? BackgroundOption.checked(value) else { return nil }
                launch.background = checked
            default: return nil
            }
        }
        if let theme {
            guard let name = ThemeName(name: theme) else { return nil }
            launch.theme = name
        }
        return launch
    }
}
