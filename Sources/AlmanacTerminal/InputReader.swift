import AlmanacUI
import CNcursesw
import Glibc

/// Reads one curses input at a time and turns it into an `InputEvent`.
final class InputReader {
    enum Read: Equatable {
        case event(InputEvent)
        /// A key the guide has no use for (e.g. Insert, or a mouse release).
        case ignored
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private var timeout: Int32 = -1

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
        return CursesKeyMap.key(character: UInt32(value)).map { .event(.key($0)) } ?? .ignored
    }
}
