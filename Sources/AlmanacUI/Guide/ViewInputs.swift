import AlmanacModel

/// What each view of the guide is given: built here from the state, so that no view reads
/// `GuideApp` and each view's input says all it draws.
extension GuideApp {
    var titleBarInput: TitleBar.Input {
        let t = tallies()
        let here = !outcomeLoaded && mode == .main ? content.index.title : location
        return TitleBar.Input(here: here, done: t.map(\.done).reduce(0, +), total: t.map(\.total).reduce(0, +), unicode: unicode)
    }

    var statusBarInput: StatusBar.Input {
        StatusBar.Input(scopes: scopes, message: message, saveState: saveState, readOnly: readOnly, unicode: unicode)
    }

    var helpInput: HelpView.Input { HelpView.Input(scroll: helpScroll, unicode: unicode) }

    /// Where the user is, e.g. `1 Connectivity › Put into practice`.
    var location: String {
        let sep = glyphs.separator
        switch mode {
        case .caseBrowser: return "Case studies"
        case .search: return "Search"
        case .editor: return "Editing " + (editor?.stepID ?? "")
        case .main:
            guard let o = currentOutcome else { return "Outcome \(outcomeIndex + 1)" }
            var s = "\(o.number) \(o.title)"
            if focus != .outcomes { s += sep + currentPart.title(in: o) }
            if focus == .content, let step = currentStep { s += sep + step.id }
            return s
        }
    }
}
