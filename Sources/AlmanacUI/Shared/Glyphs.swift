/// The characters the views draw with: box drawing and symbols, or plain ASCII when the
/// terminal cannot show UTF-8.
public struct Glyphs: Hashable, Sendable {
    public var horizontal, vertical: Character
    public var topLeft, topRight, bottomLeft, bottomRight: Character
    public var teeDown, teeUp, teeRight, teeLeft, cross: Character
    /// Marks the selected row beside the selection bar.
    public var marker: Character
    /// Marks the selected row of a pane without focus.
    public var idleMarker: Character
    public var check: Character
    public var barFull, barEmpty: Character
    public var bullet: Character
    public var ellipsis: String
    public var separator: String
    public var more: Character
    /// Between facts on one line: `done · due …`.
    public var dot: String
    /// Where a note's line break is, on a row of one line.
    public var lineBreak: String = " ⏎ "
    /// From what was typed to what it means: `+2w → 2026-06-15`.
    public var arrow: String = " → "

    /// `text` on one line: each line break shown as `lineBreak`, so merged notes stay legible.
    public func oneLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineBreak)
    }

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼",
        marker: "▸", idleMarker: "▹", check: "✓", barFull: "█", barEmpty: "░", bullet: "•",
        ellipsis: "…", separator: " › ", more: "▼", dot: " · ")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+",
        marker: ">", idleMarker: ">", check: "x", barFull: "#", barEmpty: ".", bullet: "*",
        ellipsis: "...", separator: " > ", more: "v", dot: " - ", lineBreak: " / ", arrow: " -> ")

    /// The set for a terminal that can (`unicode`) or cannot show box drawing and symbols.
    public static func of(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }
}
