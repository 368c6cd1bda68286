import AlmanacModel

/// The detail editor for one step.
public struct EditorState: Hashable, Sendable {
    /// Each field's raw value indexes `fields`; `evidence` is the list, whose slot holds no text.
    public enum Field: Int, CaseIterable, Sendable { case note, owner, due, reason, evidence, evidenceText, evidenceLabel }

    public var stepID: String
    public var stepIndex: Int
    /// The step as it was when editing began: only fields that differ from it are saved, and a
    /// note changed elsewhere meanwhile is kept beside the new one.
    public var original: StepProgress
    public var fields: [TextField]
    public var field: Field = .note
    /// Why the last save was refused (an invalid date), shown under the fields.
    public var problem: String?
    /// The evidence as it will be saved: the step's, with what was added and removed here.
    public var evidence: [Evidence] = []
    /// The item of `evidence` that Delete removes, while the list has the focus.
    public var selectedEvidence = 0

    public var current: TextField {
        get { fields[field.rawValue] }
        set { fields[field.rawValue] = newValue }
    }

    /// The fields Tab visits, in order: the reason only for a step that is not applicable, the
    /// list only while it has items.
    public var stops: [Field] {
        Field.allCases.filter { f in
            switch f {
            case .reason: original.status == .notApplicable
            case .evidence: !evidence.isEmpty
            default: true
            }
        }
    }

    public var showsReason: Bool { original.status == .notApplicable }
}

extension EditorState {
    /// Adds what is typed in Add (with Label) to the list and empties both; false when Add is empty.
    mutating func addTypedEvidence() -> Bool {
        let text = fields[Field.evidenceText.rawValue].text.trimmingSpaces
        guard !text.isEmpty else { return false }
        let label = fields[Field.evidenceLabel.rawValue].text.trimmingSpaces
        let item = Evidence(text, label: label)
        if !evidence.contains(item) { evidence.append(item) }
        selectedEvidence = evidence.firstIndex(of: item) ?? 0
        fields[Field.evidenceText.rawValue] = TextField("")
        fields[Field.evidenceLabel.rawValue] = TextField("")
        field = .evidenceText
        problem = nil
        return true
    }
}
