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
    /// Home and End go to the whole text's start and end; Ctrl-A/E to the caret's line's.
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = characters.count }

    private var lineStart: Int { characters[..<cursor].lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0 }
    private var lineEnd: Int { characters[cursor...].firstIndex(where: \.isNewline) ?? characters.count }

    /// Where the word before the caret starts, as a shell's Alt-B finds it: back over
    /// spaces and punctuation, then over letters and digits.
    private var wordStartBefore: Int {
        var i = cursor
        while i > 0, !Self.isWord(characters[i - 1]) { i -= 1 }
        while i > 0, Self.isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    /// Where the word after the caret ends (Alt-F).
    private var wordEndAfter: Int {
        var i = cursor
        while i < characters.count, !Self.isWord(characters[i]) { i += 1 }
        while i < characters.count, Self.isWord(characters[i]) { i += 1 }
        return i
    }

    /// Ctrl-W erases back to the space before the previous word, as a shell's does.
    private var blankWordStartBefore: Int {
        var i = cursor
        while i > 0, characters[i - 1] == " " { i -= 1 }
        while i > 0, characters[i - 1] != " ", !characters[i - 1].isNewline { i -= 1 }
        return i
    }

    private static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Removes the characters between the caret and `other`, leaving the caret at the start.
    private mutating func erase(to other: Int) {
        let r = min(cursor, other)..<max(cursor, other)
        characters.removeSubrange(r)
        cursor = r.lowerBound
    }

    /// Applies an editing key; false if the key is not one a text field uses. The keys are a
    /// shell's (readline's): Ctrl-A/E line start and end, Ctrl-U/K erase to them, Ctrl-W and
    /// Alt-Backspace erase a word back, Alt-D one forward, Alt-B/F move by words.
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(c)
        case .backspace: backspace()
        case .delete, .control("d"): deleteForward()
        case .left, .control("b"): left()
        case .right, .control("f"): right()
        case .home: home()
        case .end: end()
        case .control("a"): cursor = lineStart
        case .control("e"): cursor = lineEnd
        case .control("u"): erase(to: lineStart)
        case .control("k"): erase(to: lineEnd)
        case .control("w"): erase(to: blankWordStartBefore)
        case .alt("\u{7f}"): erase(to: wordStartBefore)
        case .alt("b"), .alt("B"): cursor = wordStartBefore
        case .alt("f"), .alt("F"): cursor = wordEndAfter
        case .alt("d"), .alt("D"): erase(to: wordEndAfter)
        default: return false
        }
        return true
    }

    /// The editing keys, for the key table: everything `edit` takes but typed characters.
    public static let editingKeys: [Key] = [
        .left, .right, .home, .end, .backspace, .delete,
        .control("a"), .control("e"), .control("b"), .control("f"), .control("d"),
        .control("u"), .control("k"), .control("w"),
        .alt("b"), .alt("f"), .alt("d"), .alt("B"), .alt("F"), .alt("D"), .alt("\u{7f}"),
    ]

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
