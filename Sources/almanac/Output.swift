import AlmanacModel
import Foundation

/// Writing to standard output: text wrapped to the terminal, or JSON for scripts.
enum Output {
    /// The terminal's width, or 80 when standard output is not a terminal.
    static var width: Int {
        if isatty(STDOUT_FILENO) != 0 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), cols > 0 { return cols }
        return 80
    }

    /// Prints text; anything in it that could act on a terminal is shown instead
    /// (`DisplayText.safe`), whatever its source: every command prints through here.
    static func print(_ text: String) {
        let safe = DisplayText.safe(text, keepNewlines: true)
        FileHandle.standardOutput.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// `almanac: message` on standard error, made display-safe: messages echo arguments, paths
    /// and text from files.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("almanac: " + DisplayText.safe(message, keepNewlines: true) + "\n").utf8))
    }

    /// Pretty, sorted JSON of any encodable value.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = DisplayText.json(String(decoding: try encoder.encode(value), as: UTF8.self))
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
