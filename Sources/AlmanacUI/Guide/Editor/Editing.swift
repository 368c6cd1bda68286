import AlmanacModel

/// The detail editor: a step's note, owner, due date, reason and evidence, edited in place.
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
                                      TextField(p?.due ?? ""), TextField(p?.reason ?? ""), TextField(""), TextField(""), TextField("")],
                             evidence: p?.evidence ?? [])
        mode = .editor
    }

    mutating func editorCommand(_ command: Command, savingKey: Bool = false) -> [GuideEffect] {
        guard var e = editor else { mode = .main; return [] }
        let stops = e.stops
        let at = stops.firstIndex(of: e.field) ?? 0
        switch command {
        case .nextField: e.field = stops[(at + 1) % stops.count]
        case .previousField: e.field = stops[(at + stops.count - 1) % stops.count]
        case .removeEvidence where e.field == .evidence:
            guard e.evidence.indices.contains(e.selectedEvidence) else { break }
            e.evidence.remove(at: e.selectedEvidence)
            e.selectedEvidence = min(e.selectedEvidence, max(0, e.evidence.count - 1))
            if e.evidence.isEmpty { e.field = .evidenceText }
            message = "Evidence removed; Ctrl-O saves, Esc puts it back"
        case .removeEvidence:
            _ = e.current.edit(.delete)
        case .save where (e.field == .evidenceText || e.field == .evidenceLabel) && !savingKey:
            // Enter in Add or Label adds the item; the step is saved with Ctrl-O.
            guard e.addTypedEvidence() else {
                e.field = .evidenceText
                e.problem = "Type the evidence first: a URL, a file path or a document's name"
                break
            }
            message = "Evidence added; Ctrl-O saves"
        case .cancel:
            editor = nil
            mode = .main
            message = "Changes cancelled"
            return []
        case .save where e.field == .note && !savingKey:
            // Enter in the note starts a new line; Ctrl-O saves from any field.
            e.current.newline()
        case .save:
            // Evidence typed but not yet added is what the person meant to keep.
            _ = e.addTypedEvidence()
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
            if e.showsReason, value(.reason) != was(e.original.reason) { values.append(.reason(value(.reason))) }
            if e.evidence != e.original.evidence { values.append(.evidence(e.evidence)) }
            guard !values.isEmpty else {
                message = "Nothing changed"
                return []
            }
            return change(e.stepID, values, seenNote: values.contains { $0.field == .note } ? e.original.note ?? "" : nil,
                          seenEvidence: values.contains { $0.field == .evidence } ? e.original.evidence : nil)
        default: break
        }
        editor = e
        return []
    }

    /// The editor's keys for the focused part, named as the key table in use names them.
    func editorKeys() -> String {
        guard let e = editor else { return "" }
        // The binding's label; with `key`, the binding of `command` that holds it (Enter, not Ctrl-O).
        func label(_ c: Command, key: Key? = nil) -> String {
            let b = keys.bindings.first { $0.command == c && $0.scope == .editor && (key.map($0.keys.contains) ?? true) }
            return KeyNames.display(b?.label ?? "", unicode: unicode)
        }
        let parts: [String]
        switch e.field {
        case .evidence: parts = [label(.nextField) + " next", label(.removeEvidence) + " remove the chosen item", label(.save) + " save"]
        case .evidenceText, .evidenceLabel:
            parts = [label(.save, key: .enter) + " add it", label(.nextField) + " next field", label(.save) + " save", label(.cancel) + " cancel"]
        case .note: parts = [label(.save, key: .enter) + " new line", label(.nextField) + " next field", label(.save) + " save", label(.cancel) + " cancel"]
        default: parts = [label(.save, key: .enter) + " or " + label(.save) + " save", label(.nextField) + " next field", label(.cancel) + " cancel"]
        }
        return parts.joined(separator: unicode ? " · " : " - ")
    }

    /// Where the editor's parts go: the one answer for drawing and for clicks.
    func editorRows(_ layout: GuideLayout, stepLines: Int? = nil, team lines: [String]? = nil) -> GuideLayout.EditorRows {
        let width = max(1, layout.editorText.width)
        let teamLines = lines ?? team.map { TeamLines.of(editor?.stepID ?? "", in: $0, separator: "; ") } ?? []
        let teamRows = teamLines.reduce(0) { $0 + StyledWrap.strings($1, width: width).count }
        return layout.editorRows(wrapped: stepLines ?? editorStepLines(width: width).count, items: editor?.evidence.count ?? 0,
                                 reason: editor?.showsReason ?? false, team: teamRows)
    }

    /// The step being edited, wrapped to `width`: drawn above the fields, and counted to find them.
    func editorStepLines(width: Int) -> [StyledLine] {
        guard let e = editor, let step = currentOutcome?.steps.first(where: { $0.id == e.stepID }) else { return [] }
        return StyledWrap.lines([Run(step.text, Style(bold: true))], width: width)
    }
}
