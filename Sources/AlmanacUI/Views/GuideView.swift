import AlmanacModel

/// Drawing the whole guide: a pure function of the state and a size.
extension GuideApp {
    public func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.theme = theme
        let layout = GuideLayout(width: width, height: height, mode: mode, focus: focus, banner: banner != nil)
        if layout.tooSmall {
            TooSmallView.draw(&screen, width: width, height: height)
            return screen
        }
        TitleBar.draw(self, &screen, layout.titleBar)
        if let banner, !layout.banner.isEmpty {
            screen.fill(layout.banner, style: Style(.warning, bold: true, reverse: true))
            screen.put(" " + Truncate.fit(banner, layout.banner.width - 2, ellipsis: glyphs.ellipsis), x: 0,
                       y: layout.banner.y, style: Style(.warning, bold: true, reverse: true))
        }
        switch mode {
        case .main: MainView.draw(self, &screen, layout)
        case .caseBrowser: CaseBrowserView.draw(self, &screen, layout)
        case .search: SearchView.draw(self, &screen, layout)
        case .editor: EditorView.draw(self, &screen, layout)
        }
        StatusBar.draw(self, &screen, layout.statusBar)
        if showingHelp { HelpView.draw(self, &screen, layout) }
        return screen
    }

    /// Ticked steps of outcome `i` and how many it has. Before an outcome loads, its ids are
    /// the almanac's fixed `<id>.<theme>.<step>` pattern of three themes of three steps.
    func tally(_ i: Int) -> (done: Int, total: Int) {
        let ids: [String]
        if let o = outcomes[i] {
            ids = o.steps.map(\.id)
        } else {
            let id = content.index.outcomes[i].id
            ids = (1...3).flatMap { t in (1...3).map { s in "\(id).\(t).\(s)" } }
        }
        return (ids.filter { progress.status(of: $0) == .done }.count, ids.count)
    }
}

/// Styles shared by the views.
enum Styles {
    /// Selection is shown by reverse video and a marker, never by colour alone.
    static let selected = Style(.selected, bold: true, reverse: true)
    static let focusedBorder = Style(.accent, bold: true)
    static let border = Style(.border)
    static let dim = Style(.dim)
    static let highlight = Style(.warning, bold: true, underline: true, reverse: true)

    static func select(_ s: Style) -> Style {
        var out = s
        out.reverse = true
        out.role = .selected
        return out
    }
}

/// The top row: the almanac's title and overall progress.
enum TitleBar {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ rect: Rect) {
        let style = Style(.title, bold: true, reverse: true)
        screen.fill(rect, style: style)
        let tallies = app.outcomes.indices.map(app.tally)
        let right = " \(tallies.map(\.done).reduce(0, +))/\(tallies.map(\.total).reduce(0, +)) steps done "
        let rightWidth = DisplayWidth.of(right)
        let title = Truncate.fit(app.content.index.title, rect.width - rightWidth - 2, ellipsis: app.glyphs.ellipsis)
        screen.put(" " + title, x: rect.x, y: rect.y, style: style, clip: rect)
        if rect.width > rightWidth + 10 {
            screen.put(right, x: rect.maxX - rightWidth, y: rect.y, style: style, clip: rect)
        }
    }
}

/// Below the minimum size: a plain request for more room, whatever the size.
enum TooSmallView {
    static func draw(_ screen: inout Screen, width: Int, height: Int) {
        guard width > 0, height > 0 else { return }
        let text = "Enlarge the window to at least \(GuideLayout.minWidth)x\(GuideLayout.minHeight) to use the guide (now \(width)x\(height)). q quits."
        let lines = StyledWrap.strings(text, width: width)
        let top = max(0, (height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < height {
            let x = max(0, (width - DisplayWidth.of(l)) / 2)
            screen.put(l, x: x, y: top + i, style: Style(.warning, bold: true))
        }
        screen.cursor = (0, top)
    }
}
