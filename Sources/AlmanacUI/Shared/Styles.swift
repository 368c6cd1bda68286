import AlmanacModel

/// Styles shared by the views.
enum Styles {
    /// Selection is a bar in the theme's own colours (reverse video in mono) and a marker,
    /// never colour alone. Not reverse video of the row: on a light terminal that made a
    /// white bar on white.
    static let selected = Style(.selected, bold: true)
    static let focusedBorder = Style(.accent, bold: true)
    static let border = Style(.border)
    static let dim = Style(.dim)
    static let highlight = Style(.warning, bold: true, underline: true, reverse: true)

    /// A step's check box: done in the done colour, bold; otherwise the accent, bold on slides
    /// and walkthrough screens (read from across a room), plain in the guide's lists.
    static func checkBox(_ status: StepStatus, room: Bool) -> Style {
        Style(status == .done ? .done : .accent, bold: room || status == .done)
    }

    /// A step's own text on slides and walkthrough screens: the done colour once done.
    static func stepText(_ status: StepStatus) -> Style { Style(status == .done ? .done : .normal) }

    static func select(_ s: Style) -> Style {
        var out = s
        out.reverse = false
        out.role = .selected
        return out
    }
}
