/// Where My work's parts go: the count and filters on top, the list, the selected step below.
extension GuideLayout {
    /// The count, the filters and the columns' headings.
    static let workHeaderRows = 3
    /// The selected step's box, when the list keeps at least 12 rows beside it.
    static let workDetailRows = 5

    var workHeader: Rect { Rect(x: body.x, y: body.y, width: body.width, height: min(Self.workHeaderRows, body.height)) }

    var workPanes: (list: Rect, detail: Rect) {
        let area = Rect(x: body.x, y: body.y + Self.workHeaderRows, width: body.width,
                        height: max(0, body.height - Self.workHeaderRows))
        guard area.height >= 14 + Self.workDetailRows else { return (area, .zero) }
        let rows = area.split(.vertical, [.fill(1), .length(Self.workDetailRows)])
        return (rows[0], rows[1])
    }

    var workList: Rect { workPanes.list.inset(1) }
    var workRows: Int { workList.height }
}
