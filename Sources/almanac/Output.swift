import AlmanacModel
import Foundation
import AlmanacTerminal

/// Writing to standard output: text wrapped to the terminal, or JSON for scripts. The only
/// code that writes to standard output or standard error.
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

    /// Whether the locale's characters are UTF-8. When not (`LANG=C`), text is printed in
    /// ASCII that keeps its meaning; JSON and reports stay UTF-8, as their readers expect.
    static let utf8 = TerminalLocale.adopt()

    /// Prints text; anything in it that could act on a terminal is shown instead
    /// (`DisplayText.safe`), whatever its source: every command prints through here.
    static func print(_ text: String) {
        var safe = DisplayText.safe(text, keepNewlines: true)
        if !utf8 { safe = Transliteration.ascii(safe) }
        write(safe.hasSuffix("\n") ? safe : safe + "\n")
    }

    /// `almanac: message` on standard error, made display-safe: messages echo arguments, paths
    /// and text from files. A failure to write it is ignored: there is nowhere left to say so.
    static func error(_ message: String) {
        _ = writeAll("almanac: " + DisplayText.safe(message, keepNewlines: true) + "\n", to: STDERR_FILENO)
    }

    /// Pretty, sorted JSON of any encodable value, made inert for a terminal (`DisplayText.json`).
    static func json<T: Encodable>(_ value: T, encoder: JSONEncoder = plainEncoder()) throws {
        write(DisplayText.json(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n")
    }

    static func plainEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Writes `text` as it is (a report already made safe) to `fd`. A write that fails (a full
    /// disk, a closed pipe) ends the command with a message and exit status 1, never a crash.
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        guard let code = writeAll(text, to: fd) else { return }
        let target = fd == STDOUT_FILENO ? "standard output" : "file descriptor \(fd)"
        error("cannot write to \(target): \(ProgressError.explain(code)); the output is incomplete: "
              + "check the disk or program it goes to, then run the command again")
        exit(1)
    }

    /// nil when every byte was written, else the errno.
    private static func writeAll(_ text: String, to fd: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }
}
