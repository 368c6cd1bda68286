import AlmanacUI
import CNcursesw
import Glibc

/// Reads one curses input at a time and turns it into an `InputEvent`.
final class InputReader {
    enum Read: Equatable {
        case event(InputEvent)
        /// A key the guide has no use for (e.g. Insert, or a mouse release).
        case ignored
        /// The terminal's answer to the background question (`TerminalBackground.query`).
        case background(TerminalBackground)
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private var timeout: Int32 = -1
    /// Until this time (monotonic milliseconds), ESC ] … is read as the terminal's answer to
    /// the background question rather than as Esc and keys.
    var replyDeadline: Int64 = 0

    init(window: UnsafeMutablePointer<WINDOW>) {
        self.window = window
        wtimeout(window, -1)
    }

    /// True when the terminal has gone (hung up or closed): reads would fail at once for ever.
    var terminalGone: Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fd, 1, 0) >= 0 else { return errno != EINTR }
        return fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The next input, or nil when none came within `timeout` milliseconds (-1 waits for ever,
    /// 0 only takes what is already waiting) or a signal interrupted the wait.
    func next(timeout: Int32) -> Read? {
        if timeout != self.timeout {
            self.timeout = timeout
            wtimeout(window, timeout)
        }
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            let code = Int32(bitPattern: value)
            switch code {
            case KEY_RESIZE:
                return .event(.resize(width: Int(getmaxx(window)), height: Int(getmaxy(window))))
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK, let button = CursesMouseMap.button(state: event.bstate) else { return .ignored }
                return .event(.mouse(button, x: Int(event.x), y: Int(event.y)))
            default:
                return CursesKeyMap.key(code: code).map { .event(.key($0)) } ?? .ignored
            }
        }
        if value == 27, Self.now() < replyDeadline { return reply() }
        if value == 27 { return .event(.key(altKey() ?? .escape)) }
        return CursesKeyMap.key(character: UInt32(value)).map { .event(.key($0)) } ?? .ignored
    }

    /// After an ESC: Alt and a key when the key came with it (a terminal sends both at once),
    /// else nil and the next input is left to be read as itself.
    private func altKey() -> Key? {
        defer { timeout = -2 }   // set again on the next read
        var value: wint_t = 0
        wtimeout(window, 0)
        let status = wget_wch(window, &value)
        if status == KEY_CODE_YES { ungetch(Int32(bitPattern: value)); return nil }
        guard status == OK else { return nil }
        if let key = CursesKeyMap.alt(character: UInt32(value)) { return key }
        unget_wch(wchar_t(bitPattern: value))
        return nil
    }

    /// After an ESC: the rest of an OSC answer (`] 11;rgb:… BEL` or `… ESC \\`), else the Esc key.
    private func reply() -> Read {
        defer { timeout = -2 }   // set again on the next read
        var value: wint_t = 0
        wtimeout(window, 50)
        let status = wget_wch(window, &value)
        guard status == OK, value == UInt32(UInt8(ascii: "]")) else {
            // Not an answer: Esc, then whatever came next goes back to be read as itself
            // (a key code such as an arrow goes back as a key code, not as a character).
            if status == KEY_CODE_YES { ungetch(Int32(bitPattern: value)) }
            else if status == OK { unget_wch(wchar_t(bitPattern: value)) }
            return .event(.key(.escape))
        }
        var text = ""
        wtimeout(window, 200)
        while text.unicodeScalars.count < 200 {
            guard wget_wch(window, &value) == OK else { return .ignored }
            if value == 7 { break }
            if value == 27 {
                _ = wget_wch(window, &value)   // the "\\" of ESC \\
                break
            }
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return .ignored }
            text.unicodeScalars.append(scalar)
        }
        replyDeadline = 0
        return TerminalBackground.fromReply(text).map { .background($0) } ?? .ignored
    }

    /// Milliseconds on the monotonic clock.
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec) * 1000 + Int64(t.tv_nsec) / 1_000_000
    }
}
