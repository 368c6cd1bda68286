/// Moving between outcomes, parts and lines on the main screen.
extension GuideApp {
    mutating func navigate(_ command: Command) {
        guard mode == .main else { return }
        let page = max(1, layout.contentText.height - 1)
        switch focus {
        case .outcomes:
            switch command {
            case .up: selectOutcome(outcomeIndex - 1)
            case .down: selectOutcome(outcomeIndex + 1)
            case .pageUp: selectOutcome(outcomeIndex - 6)
            case .pageDown: selectOutcome(outcomeIndex + 6)
            case .top: selectOutcome(0)
            case .bottom: selectOutcome(outcomeCount - 1)
            case .open, .nextPane, .cyclePane: focus = .parts
            case .cyclePaneBack: focus = .content
            default: break
            }
        case .parts:
            switch command {
            case .up: selectPart(partIndex - 1)
            case .down: selectPart(partIndex + 1)
            case .pageUp, .top: selectPart(0)
            case .pageDown, .bottom: selectPart(parts.count - 1)
            case .open, .nextPane, .cyclePane: focus = .content; revealStep = true
            case .previousPane, .back, .cyclePaneBack: focus = .outcomes
            default: break
            }
        case .content:
            let onChecklist = currentPart == .practice
            switch command {
            case .up: if onChecklist { selectStep(stepIndex - 1) } else { scrollContent(by: -1) }
            case .down: if onChecklist { selectStep(stepIndex + 1) } else { scrollContent(by: 1) }
            case .pageUp: if onChecklist { selectStep(stepIndex - 3) } else { scrollContent(by: -page) }
            case .pageDown: if onChecklist { selectStep(stepIndex + 3) } else { scrollContent(by: page) }
            case .top: if onChecklist { selectStep(0) } else { scrollContent(by: -contentScroll) }
            case .bottom: if onChecklist { selectStep(.max) } else { scrollContent(by: .max / 2) }
            case .previousPane, .cyclePaneBack: focus = .parts
            case .back:
                focus = .parts
                search.highlight = []
            case .cyclePane: focus = .outcomes
            default: break
            }
        }
    }

    /// Scrolls the reading document; the parts pane follows the part at the top.
    /// Saturating: below the minimum size nothing clamps the offset between keys, and End
    /// pressed twice must not overflow.
    mutating func scrollContent(by lines: Int) {
        let (sum, overflow) = contentScroll.addingReportingOverflow(lines)
        contentScroll = overflow ? (lines > 0 ? Int.max / 2 : 0) : max(0, min(sum, Int.max / 2))
        followScroll = true
    }

    /// Selects an outcome from the list: its overview, from the top.
    mutating func selectOutcome(_ i: Int) {
        let i = max(0, min(i, outcomeCount - 1))
        guard i != outcomeIndex, outcomeCount > 0 else { return }
        outcomeIndex = i
        load(i)
        partIndex = 0
        stepIndex = 0
        contentScroll = 0
        revealPart = true
    }

    /// Selects a part: the reading document scrolls to its start (the checklist shows its own).
    mutating func selectPart(_ i: Int) {
        let i = max(0, min(i, parts.count - 1))
        guard i != partIndex else { return }
        partIndex = i
        stepIndex = 0
        contentScroll = 0
        revealPart = true
    }

    mutating func selectStep(_ i: Int) {
        let count = currentOutcome?.steps.count ?? 0
        guard count > 0 else { return }
        stepIndex = max(0, min(i, count - 1))
        revealStep = true
    }

    /// Digits jump to an outcome and keep the kind of part on show (an officer on the
    /// checklist stays on checklists).
    mutating func jump(toOutcome i: Int) -> [GuideEffect] {
        guard i < outcomeCount, mode == .main || mode == .caseBrowser else { return [] }
        if mode == .caseBrowser { mode = .main }
        let part = currentPart
        outcomeIndex = i
        if load(i), let outcome = currentOutcome {
            partIndex = parts.firstIndex(of: part.equivalent(in: outcome)) ?? 0
        } else {
            partIndex = 0
        }
        stepIndex = 0
        contentScroll = 0
        revealStep = true
        revealPart = true
        return []
    }
}
