import AlmanacUI
import CNcursesw

/// Turns a curses mouse event's button state into the UI core's buttons.
public enum CursesMouseMap {
    /// What the driver asks curses to report: a left press, and the wheel (buttons 4 and 5).
    /// Presses, not clicks, so curses need not wait to see a release.
    public static var mask: mmask_t {
        almanac_button1_pressed() | almanac_button4_pressed() | almanac_button5_pressed()
    }

    public static func button(state: mmask_t) -> MouseButton? {
        if state & almanac_button4_pressed() != 0 { return .wheelUp }
        if state & almanac_button5_pressed() != 0 { return .wheelDown }
        if state & (almanac_button1_pressed() | almanac_button1_clicked()) != 0 { return .left }
        return nil
    }
}
