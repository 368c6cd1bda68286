/// Where the search screen's parts go: the query field on top, the hits below. The update
/// pages and clicks by these; the view draws in them.
extension GuideLayout {
    /// Each hit takes two rows: where it is, then the text around the match.
    static let searchRowsPerHit = 2

    var searchInput: Rect { Rect(x: body.x, y: body.y, width: body.width, height: 3) }

    var searchListBox: Rect { Rect(x: body.x, y: body.y + 3, width: body.width, height: body.height - 3) }

    var searchList: Rect {
        let b = searchListBox.inset(1)
        return Rect(x: b.x + 1, y: b.y, width: b.width - 2, height: b.height)
    }

    /// How many hits fit.
    var searchRows: Int { max(0, searchList.height / Self.searchRowsPerHit) }
}
