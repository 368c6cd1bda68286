import AlmanacExport
import AlmanacModel

/// `almanac show data.1.1`: one practice step with everything recorded for it, the evidence
/// numbered as `set --remove-evidence N` takes it.
enum StepShow {
    /// True for what names a step (`data.1.1`) rather than an outcome or a part.
    static func names(_ part: String) -> Bool { part.contains(".") }

    static func run(_ id: String, almanac: AlmanacModel.Almanac, progress: AlmanacModel.Progress, json: Bool) throws {
        try ProgressText.check([id], in: almanac)
        let p = progress.steps[id]
        if json { return try ProgressText.json(ChangeJSON.Step(id, p, changed: false)) }
        let outcome = almanac.outcomes.first { o in o.steps.contains { $0.id == id } }
        let theme = outcome?.themes.first { t in t.steps.contains { $0.id == id } }
        let step = theme?.steps.first { $0.id == id }
        let width = Output.width
        var lines = Wrap.lines(step?.text ?? id, width: width, firstIndent: "", indent: "")
        if let outcome, let theme { lines += Wrap.lines("\(outcome.number). \(outcome.title), theme \(theme.number): \(theme.title)", width: width, firstIndent: "", indent: "  ") }
        lines.append("")
        lines.append(ProgressText.stepLine(id, p, noteWidth: 200))
        let numbered = EvidenceWords.numbered(p?.evidence ?? [])
        lines.append(numbered.isEmpty ? "evidence: none" : "evidence:")
        for item in numbered { lines += Wrap.lines(item, width: width, firstIndent: "  ", indent: "     ") }
        Output.print(lines.joined(separator: "\n"))
    }
}
