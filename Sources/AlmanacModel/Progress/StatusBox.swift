extension StepStatus {
    /// The status as a check box, the one drawing every screen and command uses: `[x]` (or
    /// `check` where the screen can show one, e.g. `✓`), `[~]`, `[-]`, `[ ]`.
    public func box(check: String = "x") -> String {
        switch self {
        case .done: return "[\(check)]"
        case .inProgress: return "[~]"
        case .notApplicable: return "[-]"
        case .notStarted: return "[ ]"
        }
    }
}
