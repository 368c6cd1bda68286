/// Where the case studies browser's parts go: filters on top, the list, the selected study.
extension GuideLayout {
    /// Side by side from this width; the list above the details below it.
    static let caseSideBySideWidth = 90

    var caseFilter: Rect { Rect(x: body.x, y: body.y, width: body.width, height: 1) }

    var casePanes: (list: Rect, detail: Rect) {
        let area = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        if area.width >= Self.caseSideBySideWidth {
            let cols = area.split(.horizontal, [.fill(2), .fill(3)])
            return (cols[0], cols[1])
        }
        let rows = area.split(.vertical, [.fill(2), .fill(3)])
        return (rows[0], rows[1])
    }

    var caseList: Rect { casePanes.list.inset(1) }
    var caseRows: Int { caseList.height }
}
