import Glibc

/// Reads typed lines for `almanac read` from a terminal (in its own line editing) or a pipe,
/// and lets the caller look for news while it waits. Nothing here moves the cursor or sets
/// a terminal mode: the line mode's output only ever appends lines.
public struct LineConsole {
    public let input: Int32
    private var buffer: [UInt8] = []
    private var ended = false
    /// Longer lines are cut here: a line of megabytes from a pipe must not exhaust memory.
    public static let longestLine = 64 * 1024

    /// `input` 0 is standard input.
    public init(input: Int32 = 0) { self.input = input }

    /// True when input comes from a terminal (then a prompt helps; from a pipe it is noise).
    public var interactive: Bool { isatty(input) != 0 }

    /// The next line without its line ending, or nil at the end of input. While waiting,
    /// `idle` runs about every `interval` milliseconds.
    public mutating func readLine(interval: Int32 = 250, idle: () -> Void) -> String? {
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return text(line)
            }
            if buffer.count > Self.longestLine {
                // Keep the start, drop the rest of this line up to its end.
                let line = Array(buffer.prefix(Self.longestLine))
                buffer.removeAll()
                skipToLineEnd()
                return text(line)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return text(buffer)
            }
            var fd = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fd, 1, interval)
            if ready < 0 {
                if errno == EINTR { continue }
                ended = true
                continue
            }
            if ready == 0 {
                idle()
                continue
            }
            readAvailable()
        }
    }

    private mutating func readAvailable() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
        if n > 0 {
            buffer += chunk[..<n]
        } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
            ended = true
        }
    }

    private mutating func skipToLineEnd() {
        while !ended {
            readAvailable()
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                buffer.removeSubrange(...end)
                return
            }
            buffer.removeAll()
        }
    }

    /// UTF-8, with anything that is not replaced rather than refused; a carriage return dropped.
    private func text(_ bytes: [UInt8]) -> String {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
