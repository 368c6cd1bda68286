/// Where each part of the guide goes at a size. Views draw into these rectangles and the
/// update uses the same ones to clamp scrolling and to hit-test the mouse.
public struct GuideLayout: Hashable, Sendable {
    /// Below this the guide asks for a larger window instead of drawing nonsense.
    public static let minWidth = 60
    public static let minHeight = 16
    /// The widest the content's text runs when reading, for a comfortable line length; the
    /// pane itself still spans the screen so the terminal can scroll it.
    public static let readingMeasure = 80

    /// What the layout was made for, so a state can keep one and know when it still fits.
    public struct Key: Hashable, Sendable {
        var width, height: Int
        var mode: Mode
        var focus: Focus
        var banner: Int
    }
    public let key: Key

    public var tooSmall: Bool
    public var titleBar = Rect.zero
    public var banner = Rect.zero
    public var body = Rect.zero
    public var statusBar = Rect.zero
    /// Boxes of the main screen's panes; `.zero` when a pane is hidden.
    public var outcomes = Rect.zero
    public var parts = Rect.zero
    public var content = Rect.zero

    public init(width: Int, height: Int, mode: Mode = .main, focus: Focus = .outcomes, banner bannerRows: Int = 0) {
        key = Key(width: width, height: height, mode: mode, focus: focus, banner: bannerRows)
        tooSmall = width < Self.minWidth || height < Self.minHeight
        guard !tooSmall else { return }
        let rows = Rect(x: 0, y: 0, width: width, height: height)
            .split(.vertical, [.length(1), .length(bannerRows), .fill(1), .length(1)])
        titleBar = rows[0]
        banner = rows[1]
        body = rows[2]
        statusBar = rows[3]
        guard mode == .main else { return }

        // Reading: the content takes every column, so its rows are whole terminal lines that
        // the terminal can scroll in place (a line's scroll then costs bytes, not a repaint).
        if focus == .content {
            content = body
            return
        }
        let left = min(48, max(24, width * 3 / 10))
        let columns = body.split(.horizontal, [.length(left), .fill(1)])
        content = columns[1]
        // Outcomes (12 rows, the introduction and annexes, and a border) above the parts when
        // both fit; on a short screen the last two scroll into view.
        let listRows = columns[0].height >= 16 + 8 ? 16 : 14
        if columns[0].height >= listRows + 5 {
            let stack = columns[0].split(.vertical, [.length(listRows), .fill(1)])
            outcomes = stack[0]
            parts = stack[1]
        } else if focus == .outcomes {
            outcomes = columns[0]
        } else {
            parts = columns[0]
        }
    }

    /// True when the content pane has the whole width (reading): it is drawn without sides.
    public var reading: Bool { !content.isEmpty && content.width == body.width }

    /// Where the content's text goes: inside the border, one column in from each side, no
    /// wider than a comfortable line, and centred when reading at full width.
    public var contentText: Rect {
        let inner = content.inset(1)
        let width = min(inner.width - 2, Self.readingMeasure)
        let x = inner.x + 1 + (reading ? max(0, (inner.width - 2 - width) / 2) : 0)
        return Rect(x: x, y: inner.y, width: width, height: inner.height)
    }
}
