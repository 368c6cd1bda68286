// An end-to-end fixture for the terminal driver (Tests/EndToEnd/terminal-*.sh); not shipped.
import AlmanacTerminal
import Foundation

struct DemoFailure: Error {}

// Arguments: a theme name, `--failures` (`!` crashes, `X` fails an effect), `--tick` (ticks every
// 100 ms), `--ctrl-c-quits` (the app quits when offered Ctrl-C).
let arguments = CommandLine.arguments.dropFirst()
let requested = arguments.lazy.compactMap { TerminalTheme(rawValue: $0) }.first
let theme = TerminalTheme.resolve(requested: requested, environment: ProcessInfo.processInfo.environment)
var app = DemoApp(utf8: TerminalLocale.adopt(), theme: theme)
app.failureKeys = arguments.contains("--failures")
app.tickInterval = arguments.contains("--tick") ? 100 : nil
app.quitsOnControlC = arguments.contains("--ctrl-c-quits")
do {
    let signal = try TerminalDriver<DemoApp>().run(&app) { effect, app in
        switch effect {
        case .count: app.effectsPerformed += 1
        case .fail: throw DemoFailure()
        }
        return []
    }
    print("demo: finished after \(app.events) events" + (signal.map { " (signal \($0))" } ?? ""))
    if let signal { exit(128 + signal) }
} catch let error as TerminalError {
    FileHandle.standardError.write(Data("demo: \(error)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("demo: failed in an effect\n".utf8))
    exit(1)
}
