import AlmanacModel

/// Where things go on a walkthrough screen: a line saying where you are, the title, the text
/// in a readable column, the keys in words, and a progress line along the bottom.
public struct WalkthroughLayout: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Rows taken at the top by the read-only banner.
    public let top: Int

    public init(width: Int, height: Int, top: Int = 0) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.top = max(0, min(top, height - 8))
    }

    /// A column no wider than comfortable reading, in the middle of the screen.
    public var textWidth: Int { max(10, min(width - 4, 76)) }
    public var left: Int { max(0, (width - textWidth) / 2) }
    /// Row 0: where you are; 1: blank; 2: the title; then a blank and the text.
    public var bodyTop: Int { top + 4 }
    /// Keys in words (one row, two when narrow) above the progress line, and a blank row
    /// between text and keys.
    public var bodyHeight: Int { max(1, height - bodyTop - (width >= 84 ? 3 : 4)) }
}
