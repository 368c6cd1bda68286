import AlmanacModel

/// The last reading frame drawn and everything it was drawn from but the scroll offset.
///
/// A key press usually scrolls the reading document by a line: the next frame is then the
/// last one with its text rows moved and a row or two drawn, rather than every row, title and
/// hint drawn again. That matters because a key arrives with the caches cold, when each page
/// of memory or code touched costs as much as drawing a whole row.
///
/// Only a cache: `render` gives the same frame with or without it (a test checks this over
/// thousands of random keys). Copies of a state share it; the key tells their frames apart.
/// The driver renders from one thread only.
final class FrameMemo: @unchecked Sendable {
    private var key: ReadingFrameKey?
    private var scroll = 0
    private var screen: Screen?
    /// Frames made from the kept one, for tests to see that the memo is used at all.
    private(set) var reused = 0
    private var revisions = 0

    /// A number nothing sharing this memo has had: a frame's serial.
    func nextRevision() -> Int {
        revisions += 1
        return revisions
    }

    func frame(for key: ReadingFrameKey, scroll newScroll: Int, make: (Screen, Int) -> Screen?) -> Screen? {
        guard let kept = screen, self.key == key else { return nil }
        guard var made = newScroll == scroll ? kept : make(kept, scroll) else { return nil }
        // Numbered so that the driver can tell that this frame follows the one it drew (the
        // same frame again changes nothing).
        var lineage = newScroll == scroll ? Screen.Lineage() : made.lineage ?? Screen.Lineage()
        lineage.base = kept.lineage?.serial ?? 0
        lineage.serial = nextRevision()
        made.lineage = lineage
        screen = made
        scroll = newScroll
        reused += 1
        return made
    }

    /// Keeps a frame drawn afresh (or forgets the last one when `key` is nil: not a reading
    /// frame) and returns it numbered, so that the next frame made from it can say so.
    func keep(_ screen: Screen, for key: ReadingFrameKey?, scroll: Int) -> Screen {
        var screen = screen
        let serial = nextRevision()
        var lineage = Screen.Lineage()
        lineage.serial = serial
        screen.lineage = lineage
        self.key = key
        self.screen = key == nil ? nil : screen
        self.scroll = scroll
        return screen
    }
}

/// What a reading frame shows but its scroll offset: the inputs of every view it draws, so
/// that nothing drawn can be missing from the key (the compiler sees to it). Large parts (the
/// document, the outcome rows) are arrays kept from frame to frame: equal storage compares at once.
struct ReadingFrameKey: Equatable {
    var width, height: Int
    var theme: ThemeName
    var banner: [String]
    var title: TitleBar.Input
    /// With the content's scroll offset at 0: the memo moves the last frame instead.
    var main: MainView.Input
    var status: StatusBar.Input
}

extension GuideApp {
    /// The memo's key when this frame is a reading frame (the whole document, full width,
    /// nothing over it), else nil.
    func readingFrameKey(width: Int, height: Int, layout: GuideLayout) -> ReadingFrameKey? {
        guard mode == .main, focus == .content, !showingHelp, !confirmingQuit, !layout.tooSmall, layout.reading,
              currentPart != .practice, document?.complete == true,
              document?.key.width == layout.contentText.width,
              outcomes.indices.contains(outcomeIndex), outcomes[outcomeIndex] != nil else { return nil }
        var main = mainInput(layout)
        main.content?.scroll = 0
        return ReadingFrameKey(width: width, height: height, theme: theme,
                               banner: Array(bannerLines(width).prefix(layout.banner.height)),
                               title: titleBarInput, main: main, status: statusBarInput)
    }

    /// The scroll offset the content pane draws the document from.
    var drawnScroll: Int { ContentView.drawnScroll(contentScroll, lines: document?.lines.count ?? 0) }

    /// `old`, drawn at scroll offset `from`, moved to this state's offset: text rows shifted,
    /// the rows that came into view drawn, and the place on the bottom edge redrawn. Nil when
    /// the move is a page or more (drawing afresh is then as cheap).
    func scrolled(_ old: Screen, from: Int, layout: GuideLayout) -> Screen? {
        let text = layout.contentText
        let to = drawnScroll
        let by = to - from
        guard abs(by) < text.height, let count = document?.lines.count else { return nil }
        let rows = text.y...(text.y + text.height - 1)
        var screen = Screen(old, scrolling: rows, by: by)
        let needles = search.highlight.isEmpty ? [] : search.highlight.map(TextMatch.folded)
        let exposed = by > 0 ? (text.height - by)..<text.height : 0..<(-by)
        for r in exposed where to + r < count {
            ContentView.drawLine(document!.lines[to + r], &screen, y: text.y + r, text: text, needles: needles)
        }
        // The bottom edge as the pane's box draws it, then the new place over it.
        let rect = layout.content
        screen.fill(Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1),
                    style: Styles.focusedBorder, character: glyphs.horizontal)
        ContentView.drawPlace(&screen, rect: rect, scroll: to, lines: count, rows: text.height)
        // The memo numbers it (`frame(for:)`).
        var lineage = Screen.Lineage()
        (lineage.top, lineage.bottom, lineage.by) = (rows.lowerBound, rows.upperBound, by)
        for r in exposed { lineage.markDrawn(text.y + r) }
        lineage.markDrawn(rect.maxY - 1)
        screen.lineage = lineage
        return screen
    }
}
