import AlmanacModel

/// A key as the UI core sees it, independent of curses key codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    /// Alt (Meta) plus a key, which terminals send as Esc then the key: `.alt("b")`, or
    /// `.alt("\u{7f}")` for Alt-Backspace. Only text fields use them; elsewhere the driver
    /// hands them on as Esc and the key (`unfolded`), as they were before Alt was read.
    case alt(Character)

    /// The keys this one stands for on a screen with no use for Alt.
    public var unfolded: [Key] {
        guard case .alt(let c) = self else { return [self] }
        return c == "\u{7f}" ? [.escape, .backspace] : [.escape, .character(c)]
    }
}

public enum MouseButton: Hashable, Sendable {
    case left, wheelUp, wheelDown

    /// For screens that page (the walkthrough, slides): a click or the wheel down goes on,
    /// the wheel up goes back, as a presentation remote or a slide program does.
    public var pagingKey: Key { self == .wheelUp ? .pageUp : .pageDown }
}

/// Everything that can happen to the app from outside.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseButton, x: Int, y: Int)
    case resize(width: Int, height: Int)
    /// Time passed with no input: sent about every quarter second to apps whose
    /// `tickInterval` is set (a clock, or a presenter view following another terminal).
    case tick
    /// The progress session's answer to a request, or news that another process changed the
    /// file: the app shows `progress` from now on.
    case progress(ProgressUpdate)
}
