/// What the terminal driver runs: state that takes input events and renders frames.
///
/// The driver calls `handle` for each event, carries out the returned effects through its
/// `perform` callback, then renders one frame at the terminal's size.
public protocol TerminalApp {
    associatedtype Effect
    mutating func handle(_ event: InputEvent) -> [Effect]
    func render(width: Int, height: Int) -> Screen
    /// True once the user has asked to leave.
    var isFinished: Bool { get }
    /// Milliseconds between `.tick` events when no key arrives, or nil for none.
    var tickInterval: Int? { get }
    /// Does one small piece of work the screen did not need yet, and returns false when there
    /// was none. The driver calls it only when no input is waiting, draws a frame after it
    /// (usually unchanged, so nothing is sent), and stops calling after a false until the
    /// next event.
    mutating func idle() -> Bool
    /// True while a text field has the keys, so Alt-B and the like reach it as `.alt`; at
    /// other times the driver hands them on as Esc and the key (`Key.unfolded`).
    var wantsAltKeys: Bool { get }
    /// True for an effect the frame after it does not wait on (a place or a shared session
    /// written to disk): the driver draws the frame first and carries the effect out straight
    /// after, so a slow disk never holds up a page turn. Its answer is handled as usual.
    func canFollowFrame(_ effect: Effect) -> Bool
}

extension TerminalApp {
    public var tickInterval: Int? { nil }
    public mutating func idle() -> Bool { false }
    public var wantsAltKeys: Bool { false }
    public func canFollowFrame(_ effect: Effect) -> Bool { false }
}
