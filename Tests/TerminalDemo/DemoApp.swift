import AlmanacTerminal
import AlmanacUI

/// A small app for testing the driver end to end before (and beside) the real guide: it draws
/// a box, wide characters, every role, the last event, and a mark in the bottom-right cell.
struct DemoApp: TerminalApp {
    enum Effect {
        case count
        case fail
    }

    let utf8: Bool
    /// `t` steps through the themes, to test switching while running.
    var theme: TerminalTheme
    /// Whether `!` crashes and `X` fails an effect, to test that the terminal is restored.
    var failureKeys = false
    var tickInterval: Int?
    /// Whether Ctrl-C (offered by the driver as a key) quits, like the guide's quit key.
    var quitsOnControlC = false
    var lastEvent = "none"
    var events = 0
    var ticks = 0
    var effectsPerformed = 0
    var size = (width: 0, height: 0)
    var isFinished = false

    mutating func handle(_ event: InputEvent) -> [Effect] {
        if case .tick = event { ticks += 1; return [] }
        events += 1
        lastEvent = Self.describe(event)
        switch event {
        case .key(.character("q")): isFinished = true
        case .key(.control("c")) where quitsOnControlC: isFinished = true
        case .key(.character("!")) where failureKeys: fatalError("demo: crash asked for")
        case .key(.character("X")) where failureKeys: return [.fail]
        case .resize(let w, let h): size = (w, h)
        case .key(.character("t")):
            let all = TerminalTheme.allCases
            theme = all[(all.firstIndex(of: theme)! + 1) % all.count]
        default: break
        }
        return [.count]
    }

    func render(width: Int, height: Int) -> Screen {
        var s = Screen(width: width, height: height)
        s.theme = ThemeName(theme)
        put("Terminal demo \(width)x\(height) utf8:\(utf8 ? "yes" : "no") theme:\(theme.rawValue)", x: 0, y: 0, in: &s, style: Style(.title))
        put("last: \(lastEvent)", x: 0, y: 1, in: &s)
        put("events: \(events) effects: \(effectsPerformed)" + (tickInterval == nil ? "" : " ticks: \(ticks)"), x: 0, y: 2, in: &s)
        var x = 0
        for role in Role.allCases {
            put("\(role)", x: x, y: 3, in: &s, style: Style(role))
            x += "\(role)".count + 1
        }
        // A box with a wide-character line inside; the second column of each wide one is a continuation.
        let (h, v, tl, tr, bl, br): (Character, Character, Character, Character, Character, Character) =
            utf8 ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
        let boxWidth = min(30, width)
        if height > 8, boxWidth > 2 {
            for bx in 0..<boxWidth { s[bx, 4] = Cell(h, style: Style(.border)); s[bx, 7] = Cell(h, style: Style(.border)) }
            for by in 5...6 { s[0, by] = Cell(v, style: Style(.border)); s[boxWidth - 1, by] = Cell(v, style: Style(.border)) }
            s[0, 4] = Cell(tl, style: Style(.border)); s[boxWidth - 1, 4] = Cell(tr, style: Style(.border))
            s[0, 7] = Cell(bl, style: Style(.border)); s[boxWidth - 1, 7] = Cell(br, style: Style(.border))
            if utf8 {
                var wx = 2
                for c in "漢字テスト" where wx + 1 < boxWidth - 1 {
                    s[wx, 5] = Cell(c); s[wx + 1, 5] = Cell(" ", continuation: true); wx += 2
                }
                put("café", x: 2, y: 6, in: &s)
            }
        }
        // The bottom-right cell is the one curses finds hardest to fill.
        if width > 0, height > 0 { s[width - 1, height - 1] = Cell("Z", style: Style(.status)) }
        s.cursor = (0, 1)
        return s
    }

    private func put(_ text: String, x: Int, y: Int, in s: inout Screen, style: Style = .normal) {
        guard y < s.height else { return }
        for (i, c) in text.enumerated() where x + i < s.width { s[x + i, y] = Cell(c, style: style) }
    }

    static func describe(_ event: InputEvent) -> String {
        switch event {
        case .key(.character(let c)): return "char \(c)"
        case .key(let k): return "key \(k)"
        case .mouse(let b, let x, let y): return "mouse \(b) \(x),\(y)"
        case .resize(let w, let h): return "resize \(w)x\(h)"
        case .tick: return "tick"
        case .progress: return "progress"
        }
    }
}
