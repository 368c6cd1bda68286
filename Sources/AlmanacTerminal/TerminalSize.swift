import CNcursesw

/// The terminal's size as the kernel has it, before curses starts: an app built at this size
/// lays out its first frame once, where one built at 80x24 laid it out again on the driver's
/// first `.resize` (a third of the guide's work before its first frame at 100x30). Curses may
/// still see another size (LINES and COLUMNS); that `.resize` then corrects it, as before.
public enum TerminalSize {
    public static func current() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, cols: Int32 = 0
        guard almanac_terminal_size(&rows, &cols) != 0 else { return nil }
        return (Int(cols), Int(rows))
    }
}
