import AlmanacModel

/// The detail editor: a step's note, owner and due date, edited in place.
extension GuideApp {
    mutating func openEditor() {
        guard let step = currentStep else { return }
        guard !readOnly else {
            message = "Notes cannot be changed: progress is read-only"
            return
        }
        let p = progress.steps[step.id]
        editor = EditorState(stepID: step.id, stepIndex: stepIndex,
                             fields: [TextField(p?.note ?? ""), TextField(p?.owner ?? ""), TextField(p?.due ?? "")])
        mode = .editor
    }

    mutating func editorCommand(_ command: Command) -> [GuideEffect] {
        guard var e = editor else { mode = .main; return [] }
        let fields = EditorState.Field.allCases
        switch command {
        case .nextField: e.field = fields[(e.field.rawValue + 1) % fields.count]
        case .previousField: e.field = fields[(e.field.rawValue + fields.count - 1) % fields.count]
        case .cancel:
            editor = nil
            mode = .main
            message = "Changes cancelled"
            return []
        case .save:
            let due = e.fields[EditorState.Field.due.rawValue].text.trimmingSpaces
            if !due.isEmpty, let problem = DueDate.problem(due) {
                e.problem = problem
                e.field = .due
                editor = e
                return []
            }
            editor = nil
            mode = .main
            let old = progress.steps[e.stepID]
            let now = clock()
            var p = old ?? StepProgress(changed: now)
            func value(_ f: EditorState.Field) -> String? {
                let t = e.fields[f.rawValue].text.trimmingSpaces
                return t.isEmpty ? nil : t
            }
            p.note = value(.note)
            p.owner = value(.owner)
            p.due = value(.due)
            guard p.note != old?.note || p.owner != old?.owner || p.due != old?.due else {
                message = "Nothing changed"
                return []
            }
            p.changed = now
            return change(e.stepID, to: p)
        default: break
        }
        editor = e
        return []
    }
}
