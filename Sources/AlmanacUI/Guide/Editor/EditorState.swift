import AlmanacModel

/// The detail editor for one step.
public struct EditorState: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case note, owner, due }

    public var stepID: String
    public var stepIndex: Int
    /// The step as it was when editing began: only fields that differ from it are saved, and a
    /// note changed elsewhere meanwhile is kept beside the new one.
    public var original: StepProgress
    public var fields: [TextField]
    public var field: Field = .note
    /// Why the last save was refused (an invalid date), shown under the fields.
    public var problem: String?

    public var current: TextField {
        get { fields[field.rawValue] }
        set { fields[field.rawValue] = newValue }
    }
}
