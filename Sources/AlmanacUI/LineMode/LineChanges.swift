import AlmanacModel
import Foundation

extension LineModeApp {
    /// tick, untick, status, note, owner, due, evidence, reason and clear: the step is a number
    /// from the checklist shown, a step written like 10.1.1, or (on a step's page) the step itself.
    mutating func edit(_ command: LineCommand, now: Date) -> LineReply {
        var words = command.rest
        var verb = command.verb
        if verb == .clear {
            // `clear note 2`: the field first, then the step as for the others.
            let field = words.prefix { $0 != " " }.lowercased()
            switch field {
            case "note": verb = .note
            case "owner": verb = .owner
            case "due", "date": verb = .due
            case "evidence": verb = .evidence
            case "reason": verb = .reason
            default: return .refusal(printer.wrap("Clear what? Type clear note, clear owner, clear due, clear reason or clear evidence ITEM, with a step number if not on a step's page."))
            }
            words = String(words.dropFirst(field.count)).trimmingSpaces
        }
        let clearing = command.verb == .clear
        // `clear evidence 2` on a step's page: the 2 is the item, not a step of a checklist.
        let itemFollows = clearing && verb == .evidence
        let (target, rest) = stepTarget(words, wantsText: (verb != .tick && verb != .untick && !clearing) || itemFollows)
        guard let (o, i) = target else { return .refusal(printer.wrap(rest)) }
        let step = almanac.outcomes[o].steps[i]
        let current = progress.step(step.id)
        let value: FieldValue
        switch verb {
        case .tick: value = .status(.done)
        case .untick: value = .status(.notStarted)
        case .status:
            guard let status = ProgressInput.status(rest) else {
                let shown = rest.isEmpty ? "No status given" : "Unknown status \"\(DisplayText.safe(rest))\""
                return .refusal(printer.wrap("\(shown). Use done, in progress, not started or not applicable, for example: status 2 in progress."))
            }
            value = .status(status)
        case .note:
            if rest.isEmpty, !clearing { return LineReply(notePage(o, i)) }
            value = .note(clearing ? nil : rest)
        case .owner:
            if rest.isEmpty, !clearing { return LineReply(printer.wrap("Owner of \(label(o, i)): \(current.owner.map { DisplayText.safe($0) } ?? "none"). Type owner NAME to set it, clear owner to remove it.")) }
            value = .owner(clearing ? nil : rest)
        case .due:
            if rest.isEmpty, !clearing { return LineReply(printer.wrap("\(label(o, i)) is due: \(current.due.map { DisplayText.safe($0) } ?? "no date set"). Type due and a date to set it (YYYY-MM-DD, or +2w, eom, friday), clear due to remove it.")) }
            if clearing {
                value = .due(nil)
            } else {
                // +2w, friday and the like are stored as the date they mean, said in the reply.
                switch DueDateInput.iso(rest, today: today) {
                case .success(let iso): value = .due(iso)
                case .failure(let problem): return .refusal(printer.wrap(problem.message + ", for example due 2027-03-31 or due +2w."))
                }
            }
        case .evidence:
            if rest.isEmpty, !clearing { return LineReply(evidencePage(o, i)) }
            // An item given twice is said so here; `Nothing to change` below would not say why.
            if !clearing, current.evidence.contains(Evidence(rest)) {
                return LineReply(printer.wrap("Nothing to change: \(label(o, i)) already has that evidence."))
            }
            switch EvidenceEdit.apply(to: current.evidence, removing: clearing ? [Int(rest) ?? 0] : [],
                                      adding: clearing ? [] : [Evidence(rest)]) {
            case .success(let list): value = .evidence(list)
            case .failure(.nothingToRemove): return .refusal(printer.wrap("\(label(o, i)) has no evidence to remove."))
            case .failure(.noItem(_, let count)):
                return .refusal(printer.wrap("Which item? The evidence of \(label(o, i)) is numbered 1 to \(count): type evidence to list it, then clear evidence and a number."))
            }
        case .reason:
            if rest.isEmpty, !clearing {
                return LineReply(printer.wrap("Why \(label(o, i)) is not applicable: \(current.reason.map { DisplayText.safe($0) } ?? "no reason given"). Type reason TEXT to give one, clear reason to remove it."))
            }
            // A reason belongs to not applicable: given for another status it would sit unseen.
            if !clearing, current.status != .notApplicable {
                return .refusal(printer.wrap("A reason says why a step is not applicable, and \(label(o, i)) is \(StatusWords.of(current.status)). Type status not applicable first."))
            }
            value = .reason(clearing ? nil : rest)
        default: return LineReply([])
        }
        if current[value.field] == value {
            return LineReply(printer.wrap("Nothing to change: " + sentence(o, i, fields: [value.field])))
        }
        if let readOnly { return .refusal(printer.wrap("Nothing was changed. " + readOnly)) }
        // What this person saw, so a save applies only their own edit to a note or the evidence.
        let change = StepChange(step: step.id, [value], at: now,
                                seenNote: value.field == .note ? (current.note ?? "") : nil,
                                seenEvidence: value.field == .evidence ? current.evidence : nil)
        pending = change
        return LineReply([], request: .record(change))
    }

    /// Undo, redo and save go to the session, unless nothing can be saved.
    mutating func ask(_ request: ProgressRequest) -> LineReply {
        if let readOnly { return .refusal(printer.wrap("Nothing was changed. " + readOnly)) }
        pending = nil
        return LineReply([], request: request)
    }

    /// The step a change is for, and the words after it; or nil and what to type instead.
    func stepTarget(_ words: String, wantsText: Bool) -> ((Int, Int)?, String) {
        let first = words.prefix { $0 != " " }
        let after = String(words.dropFirst(first.count)).trimmingSpaces
        if let position = stepPosition(String(first)) { return (position, after) }
        let checklist: Int? = switch place {
        case .part(let o, .practice): o
        case .step(let o, _): o
        default: nil
        }
        if let n = Int(first), let o = checklist {
            // On a step's page, a note may begin with a number: it is the note's.
            if case .step(_, let i) = place, wantsText { return ((o, i), words) }
            guard almanac.outcomes[o].steps.indices.contains(n - 1) else {
                return (nil, "There is no step \(n) here: the steps are numbered 1 to \(almanac.outcomes[o].steps.count).")
            }
            return ((o, n - 1), after)
        }
        if case .step(let o, let i) = place { return ((o, i), words) }
        let example = wantsText ? "note 2 TEXT" : "tick 2"
        if Int(first) != nil || first.isEmpty {
            return (nil, "Which step? Open an outcome's checklist (Put into practice) and give its number, as in \(example), or write the step like 10.1.1.")
        }
        return (nil, "There is no step \"\(DisplayText.safe(String(first)))\". Write a step like 10.1.1 (outcome, theme, step), or open a checklist and give its number.")
    }

    func evidencePage(_ o: Int, _ i: Int) -> [String] {
        let evidence = progress.step(almanac.outcomes[o].steps[i].id).evidence
        guard !evidence.isEmpty else {
            return printer.wrap("\(label(o, i)) has no evidence. Type evidence and a link, a file's path or a document's name to add one.")
        }
        return ["Evidence of \(label(o, i)):"] + EvidenceWords.numbered(evidence).flatMap { printer.wrap($0, first: "  ", rest: "     ") }
            + printer.wrap("Type clear evidence and a number to remove one.")
    }

    func notePage(_ o: Int, _ i: Int) -> [String] {
        guard let note = progress.step(almanac.outcomes[o].steps[i].id).note else {
            return printer.wrap("\(label(o, i)) has no note. Type note TEXT to add one.")
        }
        return ["Note on \(label(o, i)):"] + note.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { printer.wrap(DisplayText.safe(String($0)), first: "  ", rest: "  ") }
    }

    /// What the session answered, in sentences: the change confirmed, a failed save, or what
    /// another process changed meanwhile.
    public mutating func receive(_ update: ProgressUpdate) -> [String] {
        let before = progress
        progress = update.progress
        let wasReadOnly = readOnly
        readOnly = update.readOnly
        team = update.team
        var out: [String] = []
        if let message = update.message { out += printer.wrap(DisplayText.safe(message) + ".") }
        switch update.cause {
        case .saved, .undone, .redone:
            if let id = update.step, let (o, i) = stepPosition(id) {
                let fields = update.cause == .saved ? (pending?.values.map(\.field) ?? [.status]) : changedFields(id, before)
                out += printer.wrap(sentence(o, i, fields: fields) + " " + tallySentence(o))
            }
            if let problem = update.problem {
                let kept = update.unsavedKept ? "The change is kept and saved with your next one; type save to try again now."
                    : "It could not be kept either: make it again once the problem is fixed."
                out += printer.wrap("Not saved: \(DisplayText.safe(problem)). " + kept)
            }
        case .changedElsewhere:
            out += elsewhere(before)
        case .unchanged:
            break
        }
        if wasReadOnly == nil, let readOnly { out += printer.wrap(readOnly) }
        if update.notice != notice {
            notice = update.notice
            out += printer.wrap(notice ?? "The team folder is in reach again and every member file can be read.")
        }
        pending = nil
        return printer.fit(out)
    }

    /// One line per step another process changed (up to five), then the total.
    func elsewhere(_ before: AlmanacModel.Progress) -> [String] {
        var changed: [(Int, Int)] = []
        for (o, outcome) in almanac.outcomes.enumerated() {
            for (i, step) in outcome.steps.enumerated() where differs(before.step(step.id), progress.step(step.id)) {
                changed.append((o, i))
            }
        }
        guard !changed.isEmpty else { return [] }
        var out: [String] = []
        for (o, i) in changed.prefix(5) {
            out += printer.wrap("Changed elsewhere: " + sentence(o, i, fields: changedFields(almanac.outcomes[o].steps[i].id, before)))
        }
        if changed.count > 5 { out += printer.wrap("And \(changed.count - 5) more steps changed elsewhere; type progress for the totals.") }
        return out + [overallSentence()]
    }

    func differs(_ a: StepProgress, _ b: StepProgress) -> Bool {
        StepField.allCases.contains { a[$0] != b[$0] }
    }

    func changedFields(_ id: String, _ before: AlmanacModel.Progress) -> [StepField] {
        let fields = StepField.allCases.filter { before.step(id)[$0] != progress.step(id)[$0] }
        return fields.isEmpty ? [.status] : fields
    }

    /// `Step 10.1.1, Provide … staff: done.`, naming what the fields now hold.
    func sentence(_ o: Int, _ i: Int, fields: [StepField]) -> String {
        let p = progress.step(almanac.outcomes[o].steps[i].id)
        let said = fields.map { field -> String in
            switch field {
            case .status: return StatusWords.of(p.status)
            case .note: return p.note.map { "note \"\(DisplayText.safe($0))\"" } ?? "no note"
            case .owner: return p.owner.map { "owner \(DisplayText.safe($0))" } ?? "no owner"
            case .due: return p.due.map { "due \(DisplayText.safe($0))" } ?? "no due date"
            case .evidence: return p.evidence.isEmpty ? "no evidence" : EvidenceWords.count(p.evidence.count)
            case .reason: return p.reason.map { "reason \"\(DisplayText.safe($0))\"" } ?? "no reason"
            }
        }
        return "\(label(o, i)), \(phrase(o, i)): \(said.joined(separator: ", "))."
    }
}
