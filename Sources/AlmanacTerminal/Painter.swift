import enum AlmanacModel.Transliteration
import AlmanacUI
import CNcursesw

/// Copies a `Screen` into a curses window with the wide-character calls.
///
/// Cells equal to the previous frame's are skipped: the window still holds them, and
/// ncurses works out what actually changed on the terminal when the frame is flushed.
final class Painter {
    private let window: UnsafeMutablePointer<WINDOW>
    /// Colours for the theme of the frame last drawn; made again when a frame's theme differs.
    private var palette: Palette?
    private var theme: TerminalTheme?
    /// The terminal's background: colours are chosen for it (set when the terminal tells us).
    var background: TerminalBackground = .dark {
        didSet { if background != oldValue { theme = nil } }
    }
    private var previous: Screen?
    /// Whether the terminal's cursor is hidden now (the session starts with it shown).
    private var cursorHidden = false
    /// A base character plus up to four combining marks (CCHARW_MAX), NUL-terminated.
    private let text = UnsafeMutablePointer<wchar_t>.allocate(capacity: 6)
    private let cell = UnsafeMutablePointer<cchar_t>.allocate(capacity: 1)
    /// A run of changed cells in one style, written with one call rather than one per cell.
    /// As curses cells, copied into the window as they are (`wadd_wchnstr`): adding them as
    /// text would have curses interpret each character again.
    private var run: [cchar_t] = []

    /// False when the locale's characters are not UTF-8: such a terminal shows ASCII only.
    private let utf8: Bool

    init(window: UnsafeMutablePointer<WINDOW>) {
        self.window = window
        utf8 = TerminalLocale.isUTF8(codeset: String(cString: nl_langinfo(nl_item(CODESET))))
    }

    deinit {
        text.deallocate()
        cell.deallocate()
    }

    /// Forgets the last frame so the next one is drawn in full (after a resize).
    func invalidate() { previous = nil }


    /// Draws `screen` into the window, parks the cursor and queues the frame (`wnoutrefresh`);
    /// the caller flushes with `doupdate`.
    func paint(_ screen: Screen) {
        let wanted = TerminalTheme(screen.theme)
        if wanted != theme {
            // A new theme: every cell is drawn again with the new colours.
            theme = wanted
            palette = Palette(theme: wanted, background: background)
            previous = nil
        }
        let width = min(screen.width, Int(getmaxx(window)))
        let height = min(screen.height, Int(getmaxy(window)))
        let whole = width == screen.width && height == screen.height
        let old = previous.flatMap { $0.width == screen.width && $0.height == screen.height && whole ? $0 : nil }
        // Which rows to look at, and whether rows moved: told by the frame when it was made
        // from the one drawn last, else found by comparing the two.
        var drawn: Screen.Lineage? = nil
        var shift: RowShift? = nil
        if let old, let lineage = screen.lineage, lineage.base != 0, lineage.base == old.lineage?.serial {
            drawn = lineage
            if lineage.by != 0 { shift = RowShift(top: lineage.top, bottom: lineage.bottom, by: lineage.by) }
        } else if let old {
            shift = RowShift.find(from: old, to: screen)
        }
        if let shift { scroll(shift, height: height) }
        let stride = screen.width
        screen.cells.withUnsafeBufferPointer { cells in
            let paintRow = { (y: Int, before: Before) in
                var x = 0
                while x < width {
                    let c = cells[y * stride + x]
                    if c.continuation || before.has(c, at: x) { x += 1; continue }
                    x = self.paintRun(cells, from: x, y: y, stride: stride, width: width, height: height, before: before)
                }
            }
            guard let old else {
                for y in 0..<height { paintRow(y, .nothing) }
                return
            }
            old.cells.withUnsafeBufferPointer { oldCells in
                for y in 0..<height where drawn?.isDrawn(y) ?? true {
                    // Where the window's row y came from: the same row, a moved one, or a blank
                    // row a scroll brought in.
                    var from: Int? = y
                    if let shift, (shift.top...shift.bottom).contains(y) {
                        from = (shift.top...shift.bottom).contains(y + shift.by) ? y + shift.by : nil
                    }
                    guard let from else { paintRow(y, .blank); continue }
                    // Most rows are unchanged: one memory compare skips them.
                    if Screen.rowsEqual(old, from, screen, y) { continue }
                    paintRow(y, .row(oldCells.baseAddress! + from * stride))
                }
            }
        }
        previous = screen
        if cursorHidden != screen.cursorHidden {
            cursorHidden = screen.cursorHidden
            curs_set(cursorHidden ? 0 : 1)
        }
        let cursor = screen.cursor
        wmove(window, Int32(min(cursor.y, max(0, height - 1))), Int32(min(cursor.x, max(0, width - 1))))
        wnoutrefresh(window)
    }

    /// What the window holds in a row before it is painted.
    enum Before {
        /// Unknown (nothing drawn yet, or another size): every cell is written.
        case nothing
        /// Blank cells, brought in by a scroll.
        case blank
        /// This row of the last frame.
        case row(UnsafePointer<Cell>)

        func has(_ c: Cell, at x: Int) -> Bool {
            switch self {
            case .nothing: return false
            case .blank: return c == .blank
            case .row(let cells): return cells[x] == c
            }
        }
    }

    /// Writes the changed cells from column `x` that share the first one's style, as one
    /// string; returns the column after them. A cell with marks, or the bottom-right cell,
    /// goes on its own.
    private func paintRun(_ cells: UnsafeBufferPointer<Cell>, from start: Int, y: Int, stride: Int,
                          width: Int, height: Int, before: Before) -> Int {
        let first = cells[y * stride + start]
        let lastRow = y == height - 1
        if first.scalars.1 != 0 || (lastRow && start == width - 1) {
            put(first, x: start, y: y, lastColumn: start == width - 1, lastCell: lastRow && start == width - 1)
            return start + 1
        }
        // One cell made by curses for the run's style; the others are copies with their own character.
        let (attr, pair) = palette?.attributes(for: first.style) ?? (almanac_a_normal(), 0)
        text[0] = 0x20
        text[1] = 0
        setcchar(cell, text, attr, pair, nil)
        var template = cell.pointee
        // Taken out of the object while it grows: appending to a stored property checked
        // exclusive access at every cell.
        var run = self.run
        self.run = []
        run.removeAll(keepingCapacity: true)
        var x = start
        while x < width {
            let c = cells[y * stride + x]
            if c.continuation { x += 1; continue }
            // Only cells of the run's own style: a space drawn in a neighbour's style looks the
            // same, but once a later frame skips it as unchanged, curses holds a style the frame
            // does not, and sends colour changes around it (tried: outcome moves wrote more).
            guard c.style == first.style, c.scalars.1 == 0, !(lastRow && x == width - 1),
                  x == start || !before.has(c, at: x) else { break }
            template.chars.0 = utf8 ? Self.drawable(c.scalars.0, lastColumn: x == width - 1) : Self.ascii(c.scalars.0)
            run.append(template)
            x += 1
        }
        run.withUnsafeBufferPointer { _ = mvwadd_wchnstr(window, Int32(y), Int32(start), $0.baseAddress, Int32($0.count)) }
        self.run = run
        return x
    }

    /// A cell's base scalar as sent, or a space for what could upset the layout: a control
    /// character, a lone mark, or a wide character in the last column (curses would wrap it).
    private static func drawable(_ scalar: UInt32, lastColumn: Bool) -> wchar_t {
        if scalar < 0x7f { return scalar < 0x20 ? 0x20 : wchar_t(scalar) }
        // What the views' fast path knows is one column needs no asking.
        if let s = Unicode.Scalar(scalar), Screen.isSingleColumnAlone(s) { return wchar_t(bitPattern: scalar) }
        let columns = wcwidth(wchar_t(bitPattern: scalar))
        return columns <= 0 || (columns > 1 && lastColumn) ? 0x20 : wchar_t(bitPattern: scalar)
    }

    /// A cell's character on an ASCII-only terminal: what the frame did not transliterate
    /// itself (a cell drawn one by one), as one column of ASCII.
    private static func ascii(_ scalar: UInt32) -> wchar_t {
        if scalar < 0x7f { return scalar < 0x20 ? 0x20 : wchar_t(scalar) }
        guard let s = Unicode.Scalar(scalar), let b = Transliteration.singleColumn(s).asciiValue else { return 0x20 }
        return wchar_t(b)
    }

    /// Moves rows in the window as the terminal will (curses then sends a scroll, not the rows).
    private func scroll(_ shift: RowShift, height: Int) {
        wsetscrreg(window, Int32(shift.top), Int32(shift.bottom))
        scrollok(window, true)
        wscrl(window, Int32(shift.by))
        scrollok(window, false)
        wsetscrreg(window, 0, Int32(height - 1))
    }

    private func put(_ c: Cell, x: Int, y: Int, lastColumn: Bool, lastCell: Bool) {
        let count = fill(c.scalars, lastColumn: lastColumn)
        text[count] = 0
        let (attr, pair) = palette?.attributes(for: c.style) ?? (almanac_a_normal(), 0)
        setcchar(cell, text, attr, pair, nil)
        if lastCell {
            // Adding at the bottom-right would move the cursor past the end (and may scroll);
            // inserting puts the character there without moving it.
            mvwins_wch(window, Int32(y), Int32(x), cell)
        } else {
            mvwadd_wch(window, Int32(y), Int32(x), cell)
        }
    }

    /// Writes the character's scalars into `text` and returns how many: the base as `drawable`
    /// allows, then the zero-width marks over it.
    private func fill(_ scalars: (UInt32, UInt32, UInt32), lastColumn: Bool) -> Int {
        var count = 0
        for scalar in [scalars.0, scalars.1, scalars.2] where scalar != 0 {
            let value = wchar_t(bitPattern: scalar)
            if count == 0 {
                text[0] = utf8 ? Self.drawable(scalar, lastColumn: lastColumn) : Self.ascii(scalar)
                count = 1
                // A base turned into a space takes no marks, nor does any on an ASCII terminal.
                if !utf8 || (text[0] == 0x20 && scalar >= 0x7f) { break }
            } else if count < 5 {
                // Only zero-width marks may follow the base character inside one cell.
                if wcwidth(value) == 0 { text[count] = value; count += 1 }
            } else {
                break
            }
        }
        if count == 0 { text[0] = 0x20; count = 1 }
        return count
    }
}
