import AlmanacModel

/// Changing progress: a change shows at once and goes to the progress session, whose answer
/// (`.progress`) comes back through `handle`.
extension GuideApp {
    /// Records a change of the given fields; nothing (and a message) when progress is read-only.
    mutating func change(_ id: String, _ values: [FieldValue], seenNote: String? = nil,
                         seenEvidence: [Evidence]? = nil) -> [GuideEffect] {
        guard !readOnly else {
            message = StepMark.readOnly
            return []
        }
        let change = StepChange(step: id, values, at: clock(), seenNote: seenNote, seenEvidence: seenEvidence)
        progress.apply(change)
        saveState = .saving
        return [.progress(.record(change))]
    }

    /// The session's answer, or another process's change: shown without moving the selection.
    mutating func took(_ update: ProgressUpdate) {
        progress = update.progress
        // A failed save gets the banner too: its advice does not fit the status bar.
        let shown = update.readOnly ?? update.problem.map {
            "Not saved: your changes stay on this screen and are saved with your next change. " + $0
        } ?? update.notice
        team = update.team
        readOnly = update.readOnly != nil
        banner = shown
        unsaved = update.unsaved
        unsavedKept = update.unsavedKept
        if let problem = update.problem {
            saveState = .failed(problem)
        } else if update.cause != .changedElsewhere && update.cause != .unchanged || saveState == .saving {
            saveState = .saved
        }
        if let text = update.message { message = text }
        if update.cause == .undone || update.cause == .redone || update.cause == .unchanged, let id = update.step {
            if mode == .myWork {
                revealInMyWork(id)
            } else if let i = currentOutcome?.steps.firstIndex(where: { $0.id == id }) {
                selectStep(i)
            }
        }
    }

    /// Steps the status through in progress, not applicable and not started (done comes
    /// from ticking; from done it goes back to in progress).
    static func nextStatus(_ s: StepStatus) -> StepStatus {
        switch s {
        case .notStarted: return .inProgress
        case .inProgress: return .notApplicable
        case .notApplicable: return .notStarted
        case .done: return .inProgress
        }
    }

    mutating func checklistCommand(_ command: Command) -> [GuideEffect]? {
        guard let step = currentStep else { return nil }
        if command == .open {
            openEditor()
            return []
        }
        return stepChange(command, step.id)
    }

    /// Space and `s` on a step: one rule for the checklist and My work.
    mutating func stepChange(_ command: Command, _ id: String) -> [GuideEffect]? {
        let status = progress.status(of: id)
        switch command {
        case .toggleStep: return change(id, [.status(status == .done ? .notStarted : .done)])
        case .cycleStatus: return change(id, [.status(Self.nextStatus(status))])
        default: return nil
        }
    }

    /// Undo and redo work on any screen of the guide, for this person's own changes.
    mutating func historyCommand(_ command: Command) -> [GuideEffect] {
        guard !readOnly else {
            message = StepMark.readOnly
            return []
        }
        return [.progress(command == .undo ? .undo : .redo)]
    }

    /// Quitting with unsaved changes asks first; the answer keys are in `quitPromptCommand`.
    mutating func quit() -> [GuideEffect] {
        if !unsaved.isEmpty, !confirmingQuit {
            confirmingQuit = true
            return []
        }
        isFinished = true
        progress.position = position
        return [.savePosition(position), .quit]
    }

    /// While asking about unsaved changes: r tries again, q quits anyway, anything else stays.
    mutating func quitPromptKey(_ key: Key) -> [GuideEffect] {
        confirmingQuit = false
        switch key {
        case .character("r"), .character("R"):
            return [.progress(.retry)]
        case .character("q"), .character("Q"), .control("c"):
            confirmingQuit = true
            return quit()
        default:
            message = "Still here; your unsaved changes are retried with the next change"
            return []
        }
    }

    /// The question, in words that say what would be lost (the status bar below says why).
    var quitQuestion: String {
        let steps = Set(unsaved.map(\.step)).sorted()
        let names = steps.prefix(3).joined(separator: ", ") + (steps.count > 3 ? "…" : "")
        return "\(unsaved.count) change\(unsaved.count == 1 ? "" : "s") not saved (\(names)). "
            + (unsavedKept ? "r: try again · q: quit, keeping \(unsaved.count == 1 ? "it" : "them") to save at the next start · Esc: stay"
                           : "\(unsaved.count == 1 ? "It" : "They") could not be kept for the next start either. "
                             + "r: try again · q: quit and lose \(unsaved.count == 1 ? "it" : "them") · Esc: stay")
    }
}
