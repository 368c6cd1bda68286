import AlmanacUI
import CNcursesw

/// Turns what `wget_wch` returns into the UI core's keys. Pure, so it is tested without a terminal.
public enum CursesKeyMap {
    /// A key code (`wget_wch` returned `KEY_CODE_YES`), e.g. `KEY_DOWN` or `KEY_F0 + 5`.
    /// Nil for codes the guide has no use for (the caller ignores them).
    public static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A character (`wget_wch` returned `OK`): control codes become named keys.
    public static func key(character value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 128..<160: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key after an ESC that arrived with it, as Alt and that key: a printable character,
    /// or Backspace. Nil for anything else (Esc then Esc, or a control key).
    public static func alt(character value: UInt32) -> Key? {
        if value == 8 || value == 127 { return .alt("\u{7f}") }
        guard case .character(let c)? = key(character: value) else { return nil }
        return .alt(c)
    }
}
