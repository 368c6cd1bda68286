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
        // (No dictionary here: its first use costs a conformance lookup at start-up.)
        let read = OptionReader.read(rest) { name, value in
            if let taken = launch.take(shared: name, value) { return taken }
            guard name == "--theme", theme == nil else { return false }
            theme = value
            return true
        }
        guard read else { return nil }
        if let theme {
            guard let name = ThemeName(name: theme) else { return nil }
            launch.theme = name
        }
        return launch
    }
}
