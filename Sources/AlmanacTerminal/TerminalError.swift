/// Why the guide cannot run in this terminal. Each message says what to do instead.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is a pipe or file.
    case notATerminal
    /// curses does not know `TERM` (or it is unset, or describes a terminal that cannot be addressed).
    case unknownTerminal(String?)
    /// `TERM` names a terminal that cannot move its cursor (`dumb`, a printing terminal).
    case cannotDraw(String)

    static let plainCommands = "use the plain commands instead, e.g. `almanac show` or `almanac steps`"

    public var description: String {
        switch self {
        case .notATerminal:
            return "the guide needs a terminal, but standard input or output is not one; \(Self.plainCommands)"
        case .unknownTerminal(let term?):
            return "cannot drive a terminal of type \"\(term)\" (TERM); set TERM to one this system knows (e.g. xterm-256color), or \(Self.plainCommands)"
        case .cannotDraw(let term):
            return "a terminal of type \"\(term)\" (TERM) cannot move its cursor, so almanac cannot draw its screens; "
                + "set TERM to your terminal's type (e.g. xterm-256color), or \(Self.plainCommands)"
        case .unknownTerminal(nil):
            return "TERM is not set, so the guide cannot drive this terminal; set it (e.g. TERM=xterm-256color), or \(Self.plainCommands)"
        }
    }
}
