// An end-to-end fixture for the terminal driver (Tests/EndToEnd/terminal-*.sh); not shipped.
import AlmanacTerminal
import Foundation

struct DemoFailure: Error {}

let arguments = CommandLine.arguments.dropFirst()
let requested = arguments.first.flatMap { Theme(rawValue: $0) }
var app = DemoApp(utf8: TerminalLocale.adopt())
do {
    let theme = Theme.resolve(requested: requested, environment: ProcessInfo.processInfo.environment)
    let signal = try TerminalDriver<DemoApp>(theme: theme).run(&app) { effect, app in
        switch effect {
        case .count: app.effectsPerformed += 1
        case .fail: throw DemoFailure()
        }
    }
    print("demo: finished after \(app.events) events" + (signal.map { " (signal \($0))" } ?? ""))
} catch let error as TerminalError {
    FileHandle.standardError.write(Data("demo: \(error)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("demo: failed in an effect\n".utf8))
    exit(1)
}
