import AlmanacModel

extension GuideApp {
    /// A one-off line for the status bar, from outside (a settings file that could not be read).
    public mutating func say(_ text: String) { message = DisplayText.safe(text) }
}

extension GuideApp: TerminalApp {
    public typealias Effect = GuideEffect

    /// Takes one event: routes it by layer (help, then the text field of the editor or the
    /// search, then the screen, then global keys), then re-wraps and clamps as needed.
    public mutating func handle(_ event: InputEvent) -> [GuideEffect] {
        var effects: [GuideEffect] = []
        switch event {
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
        case .key(let key):
            message = nil
            effects = handleKey(key)
        case .mouse(let button, let x, let y):
            message = nil
            effects = handleMouse(button, x: x, y: y)
        case .tick:
            return []  // the guide asks for no ticks; nothing changes with time alone
        case .progress(let update):
            took(update)
        }
        refresh()
        return effects
    }

    /// A field has the keys: the editor's or the search's, with the help closed.
    public var wantsAltKeys: Bool { !showingHelp && (mode == .editor || mode == .search) }

    /// The scopes whose bindings apply now, narrowest first.
    public var scopes: [Scope] {
        if showingHelp { return ScopeLists.help }
        switch mode {
        case .editor: return ScopeLists.editor
        case .search: return ScopeLists.search
        case .caseBrowser: return ScopeLists.caseBrowser
        case .myWork: return ScopeLists.myWork
        case .main: return inChecklist ? ScopeLists.checklist : ScopeLists.main
        }
    }

    /// The layout for the current size, mode and focus: the one kept by the last refresh when
    /// it still fits (views, scrolling and the mouse ask for it many times an event).
    var layout: GuideLayout { layout(width: width, height: height) }

    func layout(width: Int, height: Int) -> GuideLayout {
        let key = GuideLayout.Key(width: width, height: height, mode: mode, focus: focus, banner: bannerRows(width))
        if let kept = keptLayout, kept.key == key { return kept }
        return GuideLayout(width: width, height: height, mode: mode, focus: focus, banner: bannerRows(width))
    }

    /// Rows the read-only banner takes at this width (none when progress can be saved).
    func bannerRows(_ width: Int) -> Int { banner == nil ? 0 : bannerLines(width).count }

    func bannerLines(_ width: Int) -> [String] { ReadOnlyBanner.lines(banner, width: width, ellipsis: glyphs.ellipsis) }

    mutating func handleKey(_ key: Key) -> [GuideEffect] {
        // Alt and a key a field has no use for is what it was before Alt was read: Esc, then the key.
        if case .alt = key, !(wantsAltKeys && TextField.editingKeys.contains(key)) {
            return key.unfolded.flatMap { handleKey($0) }
        }
        if confirmingQuit { return quitPromptKey(key) }
        // Below the minimum size nothing but the request for room is shown: a key may only
        // quit or ask for help; it must not tick, type or move what cannot be seen.
        if layout.tooSmall {
            guard let (command, _) = keys.command(for: key, in: [.global]), command == .quit || command == .help else { return [] }
            return globalCommand(command)
        }
        let scopes = self.scopes
        guard let (command, keyIndex) = keys.command(for: key, in: scopes) else {
            // Typing into the editor's field or the search query.
            if case .character(let c) = key {
                if mode == .editor, !showingHelp { editor?.current.insert(c); editor?.problem = nil }
                if mode == .search, !showingHelp { search.field.insert(c); runSearch() }
            }
            if showingHelp { showingHelp = false }
            return []
        }
        if command == .jumpOutcome { return jump(toOutcome: keyIndex) }
        if command == .editText {
            if mode == .editor { editor?.current.edit(key); editor?.problem = nil }
            if mode == .search { search.field.edit(key); runSearch() }
            return []
        }
        if showingHelp { return helpCommand(command) }
        switch mode {
        case .editor:
            // Up and Down move between the note's rows before they move between fields.
            if (command == .previousField || command == .nextField), key == .up || key == .down,
               var e = editor, e.field == .note, e.current.moveRow(by: key == .up ? -1 : 1, width: layout.editorNoteWidth) {
                editor = e
                return []
            }
            // And through the evidence list's items.
            if (command == .previousField || command == .nextField), key == .up || key == .down,
               var e = editor, e.field == .evidence {
                let next = e.selectedEvidence + (key == .up ? -1 : 1)
                if e.evidence.indices.contains(next) {
                    e.selectedEvidence = next
                    editor = e
                    return []
                }
            }
            let effects = editorCommand(command, savingKey: key != .enter)
            returnFromEditor()
            return effects
        case .search: return searchCommand(command)
        case .caseBrowser:
            if command == .back { mode = .main; return [] }
            if let handled = caseBrowserCommand(command) { return handled }
        case .myWork:
            if let handled = myWorkCommand(command) { return handled }
        case .main:
            if returnsToCaseBrowser {
                if command == .back {
                    returnsToCaseBrowser = false
                    mode = .caseBrowser
                    return []
                }
                // Reading on keeps the way back; going elsewhere ends it.
                if ![.up, .down, .pageUp, .pageDown, .top, .bottom, .help, .nextHit, .previousHit].contains(command) {
                    returnsToCaseBrowser = false
                }
            }
            if inChecklist, let handled = checklistCommand(command) { return handled }
        }
        return globalCommand(command)
    }

    mutating func globalCommand(_ command: Command) -> [GuideEffect] {
        switch command {
        case .quit:
            return quit()
        case .undo, .redo:
            return historyCommand(command)
        case .help:
            showingHelp = true
            helpScroll = 0
        case .toggleReviewMarks:
            toggleReviewMarks()
        case .cycleTheme:
            theme = theme.next
            message = "Theme: \(theme.rawValue) (kept for next time)"
            return [.rememberTheme(theme)]
        case .search:
            openSearch()
        case .caseStudies:
            openCaseBrowser()
        case .myWork:
            openMyWork()
        case .nextHit: return stepHit(by: 1)
        case .previousHit: return stepHit(by: -1)
        default:
            navigate(command)
        }
        return []
    }

    mutating func helpCommand(_ command: Command) -> [GuideEffect] {
        switch command {
        case .up: helpScroll -= 1
        case .down: helpScroll += 1
        case .pageUp: helpScroll -= max(1, height - 6)
        case .pageDown: helpScroll += max(1, height - 6)
        default: showingHelp = false
        }
        return []
    }
}

/// The scope lists, made once: a key press then allocates none.
enum ScopeLists {
    static let help: [Scope] = [.help]
    static let editor: [Scope] = [.editor]
    static let search: [Scope] = [.search]
    static let caseBrowser: [Scope] = [.caseBrowser, .global]
    static let myWork: [Scope] = [.myWork, .global]
    static let checklist: [Scope] = [.checklist, .main, .global]
    static let main: [Scope] = [.main, .global]
    /// Every list a screen uses: two scopes clash only when one list holds both.
    static let all = [help, editor, search, caseBrowser, myWork, checklist, main]
}
