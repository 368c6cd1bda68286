import AlmanacUI

/// The start-up fast paths of `almanac walkthrough` and `almanac present`, as `GuideArguments`
/// is the guide's: their options read without ArgumentParser, whose parse of the command tree
/// cost the walkthrough about 18 million instructions (half its start) before the first frame.
///
/// Only vectors ArgumentParser is sure to parse into the same command give a launch; anything
/// else (help, `present --summary`, unknown or repeated options, odd values) gives nil and goes
/// to ArgumentParser. Tests/AlmanacCLITests/ScreenArgumentsTests checks the two agree.
enum ScreenArguments {
    /// `arguments` without the program's name.
    static func launch(_ arguments: [String]) -> (any ScreenLaunch)? {
        switch arguments.first {
        case "walkthrough": return walkthrough(arguments.dropFirst())
        case "present": return present(arguments.dropFirst())
        default: return GuideArguments.parse(arguments)
        }
    }

    /// After `walkthrough`: the shared options, `--theme` and `--restart`.
    static func walkthrough(_ arguments: ArraySlice<String>) -> WalkthroughLaunch? {
        var launch = WalkthroughLaunch()
        let read = OptionReader.read(arguments, flags: ["--restart"]) { name, value in
            if let taken = launch.take(shared: name, value) { return taken }
            // An unknown theme is ArgumentParser's to refuse, with its message.
            guard name == "--theme", launch.theme == nil, let theme = ThemeName(name: value) else { return false }
            launch.theme = theme
            return true
        } flag: { _ in
            guard !launch.restart else { return false }
            launch.restart = true
            return true
        }
        return read ? launch : nil
    }

    /// After `present`: the shared options, the projector's and presenter's, and an outcome.
    static func present(_ arguments: ArraySlice<String>) -> PresentLaunch? {
        var launch = PresentLaunch()
        let read = OptionReader.read(arguments, flags: ["--presenter"]) { name, value in
            if let taken = launch.take(shared: name, value) { return taken }
            switch name {
            case "--theme": return OptionReader.once(&launch.theme, value)
            case "--council": return OptionReader.once(&launch.council, value)
            case "--notes": return OptionReader.once(&launch.notes, value)
            case "--timer": return OptionReader.once(&launch.timer, value)
            default: return false
            }
        } flag: { _ in
            guard !launch.presenter else { return false }
            launch.presenter = true
            return true
        } word: { word in
            // "help" may mean ArgumentParser's help; any other word names the outcome.
            guard word != "help" else { return false }
            return OptionReader.once(&launch.outcome, word)
        }
        return read ? launch : nil
    }
}
