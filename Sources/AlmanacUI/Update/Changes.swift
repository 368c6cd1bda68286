import AlmanacModel

/// Changing progress: every change is applied to the state at once, remembered for undo and
/// handed to the driver to save.
extension GuideApp {
    /// Records a step's new progress; nil (and a message) when progress is read-only.
    mutating func change(_ id: String, to new: StepProgress, undoable: Bool = true) -> [GuideEffect] {
        guard !readOnly else {
            message = "Nothing was changed: progress is read-only"
            return []
        }
        if undoable { undoStack.append((id, progress.steps[id])) }
        progress.steps[id] = new
        saveState = .saving
        // Steps whose save failed earlier are sent again with this one, so nothing is lost
        // once the problem (a full disk, a locked file) goes away.
        let retries = unsavedSteps.subtracting([id]).sorted()
        let ids = [id] + retries
        savesInFlight += ids
        return ids.compactMap { i in progress.steps[i].map { GuideEffect.saveStep(id: i, $0) } }
    }

    /// The driver's answer to each `.saveStep`, in order: nil when saved, else why not in
    /// plain words. A failed step is saved again with the next change.
    public mutating func saveFinished(error: String?) {
        let id = savesInFlight.isEmpty ? nil : savesInFlight.removeFirst()
        if let error {
            if let id { unsavedSteps.insert(id) }
            saveState = .failed(error)
        } else {
            if let id { unsavedSteps.remove(id) }
            if unsavedSteps.isEmpty {
                saveState = savesInFlight.isEmpty ? .saved : .saving
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
        let now = clock()
        var p = progress.steps[step.id] ?? StepProgress(changed: now)
        p.changed = now
        switch command {
        case .toggleStep:
            p.status = p.status == .done ? .notStarted : .done
            return change(step.id, to: p)
        case .cycleStatus:
            p.status = Self.nextStatus(p.status)
            return change(step.id, to: p)
        case .undo:
            return undo()
        case .open:
            openEditor()
            return []
        default:
            return nil
        }
    }

    /// Puts back what the last change of this session replaced, newest first.
    mutating func undo() -> [GuideEffect] {
        guard !readOnly else {
            message = "Nothing was changed: progress is read-only"
            return []
        }
        guard let last = undoStack.popLast() else {
            message = "Nothing to undo in this session"
            return []
        }
        // The restored value is a new change, so it must carry a new time to win a merge.
        var restored = last.before ?? StepProgress(changed: clock())
        restored.changed = clock()
        if let i = currentOutcome?.steps.firstIndex(where: { $0.id == last.id }) { selectStep(i) }
        message = "Undid the change to \(last.id)"
        return change(last.id, to: restored, undoable: false)
    }
}
