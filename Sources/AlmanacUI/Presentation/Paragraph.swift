/// A unit of slide or screen text before it is wrapped to a width.
public struct Paragraph: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// Put before the first line (a bullet, a check box); later lines hang under the text.
    public var marker: String
    public var markerStyle: Style
    /// The practice step this paragraph shows, so tick mode can find and highlight it.
    public var step: String?
    public var centred: Bool
    /// Blank lines above, dropped at the top of a page.
    public var spaceBefore: Int
    /// A heading: never left alone at the foot of a page.
    public var keepWithNext: Bool
    /// Lines drawn as they are instead of `text` wrapped (a table's row), kept on one page
    /// when they fit one; the marker goes before the first and its width before the rest.
    public var preformatted: [TextLine] = []

    public init(_ text: String, style: Style = .normal, marker: String = "", markerStyle: Style? = nil,
                step: String? = nil, centred: Bool = false, spaceBefore: Int = 1, keepWithNext: Bool = false) {
        self.text = text
        self.style = style
        self.marker = marker
        self.markerStyle = markerStyle ?? style
        self.step = step
        self.centred = centred
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
    }

    public static func heading(_ text: String, spaceBefore: Int = 1) -> Paragraph {
        Paragraph(text, style: Style(.heading, bold: true), spaceBefore: spaceBefore, keepWithNext: true)
    }

    public static func bullet(_ text: String, spaceBefore: Int = 0) -> Paragraph {
        Paragraph(text, marker: "• ", markerStyle: Style(.accent), spaceBefore: spaceBefore)
    }

    public static func lines(_ lines: [TextLine], spaceBefore: Int = 0) -> Paragraph {
        var p = Paragraph("", spaceBefore: spaceBefore)
        p.preformatted = lines
        return p
    }
}
