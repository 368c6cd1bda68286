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
        editor = EditorState(stepID: step.id, stepIndex: stepIndex, original: p ?? .untouched,
                             fields: [TextField(p?.note ?? "", caretAtStart: true, multiline: true), TextField(p?.owner ?? ""),
                                      TextField(p?.due ?? "")])
        mode = .editor
    }

    mutating func editorCommand(_ command: Command, savingKey: Bool = false) -> [GuideEffect] {
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
        case .save where e.field == .note && !savingKey:
            // Enter in the note starts a new line; Ctrl-O saves from any field.
            e.current.newline()
        case .save:
            // A due date typed as +2w or friday is stored as the date it means.
            var due = e.fields[EditorState.Field.due.rawValue].text.trimmingSpaces
            if !due.isEmpty {
                switch DueDateInput.iso(due, today: calendarToday) {
                case .success(let iso): due = iso
                case .failure(let problem):
                    e.problem = problem.message
                    e.field = .due
                    editor = e
                    return []
                }
            }
            editor = nil
            mode = .main
            func value(_ f: EditorState.Field) -> String? {
                let t = f == .due ? due : e.fields[f.rawValue].text.trimmingSpaces
                return t.isEmpty ? nil : t
            }
            // Only the fields the person changed; a note changed elsewhere meanwhile is kept too.
            func was(_ t: String?) -> String? { t.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } }
            var values: [FieldValue] = []
            if value(.note) != was(e.original.note) { values.append(.note(value(.note))) }
            if value(.owner) != was(e.original.owner) { values.append(.owner(value(.owner))) }
            if value(.due) != was(e.original.due) { values.append(.due(value(.due))) }
            guard !values.isEmpty else {
                message = "Nothing changed"
                return []
            }
            return change(e.stepID, values, seenNote: values.contains { $0.field == .note } ? e.original.note ?? "" : nil)
        default: break
        }
        editor = e
        return []
    }

    /// The step being edited, wrapped to `width`: drawn above the fields, and counted to find them.
    func editorStepLines(width: Int) -> [StyledLine] {
        guard let e = editor, let step = currentOutcome?.steps.first(where: { $0.id == e.stepID }) else { return [] }
        return StyledWrap.lines([Run(step.text, Style(bold: true))], width: width)
    }
}
