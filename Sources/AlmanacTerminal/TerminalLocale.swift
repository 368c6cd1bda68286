import CNcursesw

/// The process locale, which curses needs before it starts to draw wide characters.
public enum TerminalLocale {
    /// Adopts the user's character encoding (`LC_ALL`, `LC_CTYPE`, `LANG`) and says whether it
    /// is UTF-8. When it is not, the app should draw ASCII only (no box-drawing, no ticks).
    /// Only the character type: it is all curses needs, and loading the whole locale costs
    /// the first screen a tenth of a millisecond.
    @discardableResult
    public static func adopt() -> Bool {
        setlocale(LC_CTYPE, "")
        return isUTF8(codeset: String(cString: nl_langinfo(nl_item(CODESET))))
    }

    /// Whether a `nl_langinfo(nl_item(CODESET))` name is UTF-8 (glibc says "UTF-8"; others "utf8").
    public static func isUTF8(codeset: String) -> Bool {
        let name = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }
}
