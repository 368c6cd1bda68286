import AlmanacModel

/// An editable line of text with a caret, by grapheme cluster so accents and CJK edit as
/// one character each.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Caret position: characters before it.
    public private(set) var cursor: Int

    /// True for a note: Enter adds a line, and it is drawn on several rows.
    public private(set) var multiline = false

    /// `caretAtStart`: a long note reopened shows its beginning, not its tail.
    public init(_ text: String = "", caretAtStart: Bool = false, multiline: Bool = false) {
        characters = Array(text)
        cursor = caretAtStart ? 0 : characters.count
        self.multiline = multiline
    }

    /// Adds a line break (a multi-line field only).
    public mutating func newline() {
        guard multiline else { return }
        characters.insert("\n", at: cursor)
        cursor += 1
    }

    /// The text as rows of at most `width` columns: each line break starts a row, long lines
    /// wrap. Each row is a range of characters (its line break not included).
    public func rows(width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var out: [Range<Int>] = []
        var start = 0, w = 0
        for (i, c) in characters.enumerated() {
            if c.isNewline {
                out.append(start..<i)
                start = i + 1
                w = 0
                continue
            }
            let cw = DisplayWidth.of(c)
            if w + cw > width, i > start {
                out.append(start..<i)
                start = i
                w = 0
            }
            w += cw
        }
        out.append(start..<characters.count)
        return out
    }

    /// The caret's row among `rows(width:)` and its column in that row.
    public func caret(width: Int) -> (row: Int, column: Int) {
        let all = rows(width: width)
        // The last row that starts at or before the caret.
        let row = all.lastIndex { $0.lowerBound <= cursor } ?? 0
        let r = all[row]
        let column = characters[r.lowerBound..<min(cursor, r.upperBound)].reduce(0) { $0 + DisplayWidth.of($1) }
        return (row, column)
    }

    /// Moves the caret up or down a row, keeping its column; false at the first or last row.
    public mutating func moveRow(by delta: Int, width: Int) -> Bool {
        let all = rows(width: width)
        let (row, column) = caret(width: width)
        let target = row + delta
        guard all.indices.contains(target) else { return false }
        var i = all[target].lowerBound, w = 0
        while i < all[target].upperBound, w + DisplayWidth.of(characters[i]) <= column {
            w += DisplayWidth.of(characters[i])
            i += 1
        }
        cursor = i
        return true
    }

    public var text: String { String(characters) }

    /// The caret's column from the start of the text.
    public var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + Self.width($1) } }

    /// How a line break in the text (a merged note's) is drawn on this one line.
    public static let lineBreak: Character = "⏎"

    /// Columns a character takes here: a line break is drawn as one.
    static func width(_ c: Character) -> Int { c.isNewline ? 1 : DisplayWidth.of(c) }

    public mutating func insert(_ c: Character) {
        guard !c.isNewline else { return }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = characters.count }

    /// Applies an editing key; false if the key is not one a text field uses.
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(c)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: left()
        case .right: right()
        case .home: home()
        case .end: end()
        case .control("a"): home()
        case .control("e"): end()
        case .control("u"): characters.removeFirst(cursor); cursor = 0
        default: return false
        }
        return true
    }

    /// The part of the text to show in `width` columns so the caret stays visible, and the
    /// caret's column within it.
    public func visible(width: Int) -> (text: String, caret: Int) {
        guard width > 0 else { return ("", 0) }
        var start = 0
        var caretCol = cursorColumn
        // Scroll right until the caret fits, leaving room to draw it after the last character.
        while caretCol >= width && start < cursor {
            caretCol -= Self.width(characters[start])
            start += 1
        }
        var out = ""
        var w = 0
        for c in characters[start...] {
            let cw = Self.width(c)
            if w + cw > width { break }
            out.append(c.isNewline ? Self.lineBreak : c)
            w += cw
        }
        return (out, caretCol)
    }
}
