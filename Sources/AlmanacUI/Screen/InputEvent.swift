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
