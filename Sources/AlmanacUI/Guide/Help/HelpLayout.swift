/// Where the help overlay goes: centred, at most 78 columns.
extension GuideLayout {
    var helpBox: Rect {
        let w = min(body.width - 2, 78)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y, width: w, height: body.height)
    }
}
