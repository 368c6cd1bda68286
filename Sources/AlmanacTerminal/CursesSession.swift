import AlmanacUI
import CNcursesw
import Glibc

/// Curses switched on for this process's terminal: modes, colours, mouse and signal handlers.
/// `close()` gives the terminal back exactly as it was found.
final class CursesSession {
    let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer
    private var closed = false

    /// Fails when stdin/stdout are not a terminal, or curses cannot use `TERM`.
    init() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty else { throw .unknownTerminal(nil) }
        // Ours first: curses then leaves SIGINT/SIGTERM alone (it only catches them if unset).
        almanac_install_signal_handlers()
        guard let screen = almanac_newterm() else {
            almanac_restore_signal_handlers()
            throw .unknownTerminal(term)
        }
        set_term(screen)
        guard almanac_can_address() != 0 else {
            endwin()
            delscreen(screen)
            almanac_restore_signal_handlers()
            throw .cannotDraw(term)
        }
        guard let window = almanac_stdscr() else {
            endwin()
            delscreen(screen)
            almanac_restore_signal_handlers()
            throw .unknownTerminal(term)
        }
        self.screen = screen
        self.window = window

        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        Self.stopFlowControl()
        leaveok(window, false)
        scrollok(window, false)
        // Lets curses scroll lines with the terminal's own scrolling (a scroll region) instead
        // of rewriting every row when the reading pane moves by a line.
        idlok(window, true)
        // Frames are drawn whole: no polling the keyboard part-way through one.
        typeahead(-1)
        // ncurses 6.4 flushes after every cursor movement until the screen has been through
        // endwin and back (it takes the screen as "not initialised yet"): dozens of writes a
        // frame. Leaving and resuming once here means every frame goes out in one write.
        endwin()
        doupdate()
        // After the resume: it would switch the mouse off again.
        mouseinterval(0)
        mousemask(CursesMouseMap.mask, nil)
        curs_set(1)
        // endwin took the keypad's mode back, and curses would send it again at the first read,
        // after the first frame and whatever waited for it: sent now, the frame is the last word.
        keypad(window, true)
    }

    deinit { close() }

    /// Ends curses (cursor, modes, alternate screen back as they were) and removes our handlers.
    func close() {
        guard !closed else { return }
        closed = true
        endwin()
        almanac_restore_signal_handlers()
        delscreen(screen)
    }

    /// Ctrl-S would otherwise freeze output (XON/XOFF) until Ctrl-Q, which looks like a hang.
    /// `def_prog_mode` records the change, so curses restores it after Ctrl-Z and `fg`.
    private static func stopFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        if tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 { def_prog_mode() }
    }

    /// The window's size in columns and rows.
    var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// After a resume from Ctrl-Z, the size the terminal has now, with curses told of it; nil
    /// when there was no resume or the size is what curses already knows.
    func sizeAfterResume() -> (width: Int, height: Int)? {
        guard almanac_take_resumed() != 0, let now = TerminalSize.current() else { return nil }
        if now.width != size.width || now.height != size.height { resize_term(Int32(now.height), Int32(now.width)) }
        return size
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked us to quit, if any.
    var quitSignal: Int32? {
        let s = almanac_quit_signal()
        return s == 0 ? nil : s
    }

    /// Forgets the quit signal (once it has been answered), so another one is noticed afresh.
    func clearQuitSignal() { almanac_clear_quit_signal() }
}
