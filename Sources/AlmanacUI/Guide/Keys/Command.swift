/// What a key asks the app to do. Bindings map keys to commands; the update carries them out.
public enum Command: Hashable, Sendable {
    case up, down, nextPane, previousPane, cyclePane, cyclePaneBack, open, back
    case pageUp, pageDown, top, bottom
    /// Jump to an outcome; the outcome is the key's position in the binding's keys.
    case jumpOutcome
    case search, nextHit, previousHit
    case caseStudies, filterOutcome, filterCategory, filterType, filterRegion, clearFilters
    case toggleStep, cycleStatus, undo, redo
    case nextField, previousField, save, cancel, editText
    /// The step editor: remove the chosen evidence item (in a text field, the key erases).
    case removeEvidence
    case help, closeHelp, cycleTheme, quit
    case toggleReviewMarks
    /// My work: every step as a to-do list, and its filters.
    case myWork, filterOwner, filterStatus, filterOverdue, filterChanged
    /// Mouse rows in the help: drawn, never dispatched from a key.
    case mouse
}

/// Where a binding applies. The update offers a key to the scopes of the current screen in
/// order, narrowest first.
public enum Scope: Hashable, Sendable {
    case help, editor, search, caseBrowser, myWork, checklist, main, global
}
