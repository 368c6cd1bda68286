import AlmanacModel

/// What each place prints: a heading line that says where this is, the text or numbered
/// items, and a last line saying what to type next.
enum LinePages {
    static let hitsPerPage = 10
}

extension LineModeApp {
    func page(_ place: LinePlace) -> [String] {
        switch place {
        case .contents: return contentsPage()
        case .introduction: return introductionPage()
        case .annexA:
            let f = almanac.front
            return ["Annex A: contributors. Local and combined authorities:"] + printer.councils(f.contributors)
                + ["", "Subject matter experts:"] + f.experts.flatMap { printer.wrap($0, first: "- ", rest: "  ") }
                + [""] + printer.wrap("End of Annex A. Type next for Annex B, or contents.")
        case .annexB:
            return ["Annex B: councils of notable practice."] + printer.councils(almanac.front.notablePractice)
                + [""] + printer.wrap("End of Annex B, the end of the almanac. Type contents for the list of everything.")
        case .outcome(let o): return outcomePage(o)
        case .part(let o, .practice): return checklistPage(o)
        case .part(let o, .caseStudies): return caseListPage(o)
        case .part(let o, let part): return partPage(o, part)
        case .caseStudy(let o, let i): return caseStudyPage(o, i)
        case .step(let o, let i): return stepPage(o, i)
        case .results(let query, let page): return resultsPage(query, page)
        }
    }

    /// Ends `text` with a full stop unless it already ends a sentence (`threats?`).
    func sentence(_ text: String) -> String {
        guard let last = text.last, !".?!:".contains(last) else { return text }
        return text + "."
    }

    func contentsPage() -> [String] {
        var out = printer.wrap("Contents of the almanac. Type a number to open one.")
        out.append("0. Introduction and acknowledgements")
        for (o, outcome) in almanac.outcomes.enumerated() {
            let t = tally(o)
            out += printer.wrap("\(outcome.number). \(outcome.title): \(t.done) of \(t.applicable) applicable steps done", rest: "   ")
        }
        out.append("\(almanac.outcomes.count + 1). Annex A: contributors")
        out.append("\(almanac.outcomes.count + 2). Annex B: councils of notable practice")
        return out + [overallSentence()]
    }

    func introductionPage() -> [String] {
        let f = almanac.front
        var out = printer.wrap(almanac.index.title) + printer.wrap(almanac.index.subtitle) + [""]
        out += printer.section(f.acknowledgements) + [""]
        for s in f.introduction { out += printer.section(s, heading: "Introduction: " + s.title) + [""] }
        return out + printer.wrap("End of the introduction. Type next for outcome 1, \(almanac.outcomes[0].title), or contents.")
    }

    func outcomePage(_ o: Int) -> [String] {
        let outcome = almanac.outcomes[o]
        let t = tally(o)
        var out = printer.wrap("Outcome \(outcome.number) of \(almanac.outcomes.count): \(outcome.title). \(t.done) of \(t.applicable) applicable steps done.")
        out += printer.wrap("Outcome statement: " + outcome.statement)
        out.append("Its parts; type a number to read one:")
        for (n, part) in Part.all(of: outcome).enumerated() {
            out += printer.wrap("\(n + 1). " + partName(o, part), rest: "   ")
        }
        return out
    }

    /// A part's name in a menu, with what it holds when that helps choose.
    func partName(_ o: Int, _ part: Part) -> String {
        let outcome = almanac.outcomes[o]
        switch part {
        case .caseStudies: return "Case studies (\(outcome.caseStudies.count))"
        case .practice:
            let t = tally(o)
            return "Put into practice: the checklist of \(outcome.steps.count) steps, \(t.done) of \(t.applicable) applicable done"
        default: return part.title(in: outcome)
        }
    }

    func partPage(_ o: Int, _ part: Part) -> [String] {
        let outcome = almanac.outcomes[o]
        let parts = Part.all(of: outcome)
        let n = (parts.firstIndex(of: part) ?? 0) + 1
        var out = printer.wrap(sentence("\(outcome.title), part \(n) of \(parts.count): \(part.title(in: outcome))")) + [""]
        switch part {
        case .overview:
            out += printer.wrap("Outcome statement: " + outcome.statement) + [""]
            if let check = outcome.leaderCheck { out += printer.wrap("What to check for as a digital leader: " + check) + [""] }
            out += printer.section(outcome.meaning)
        case .section(let i): out += printer.blocks(outcome.sections[i].blocks)
        case .tools: out += outcome.tools.map { printer.blocks($0.blocks) } ?? []
        case .caseStudies, .practice: break
        }
        let next = parts[safe: n].map { "Type next for part \(n + 1), \(partName(o, $0)); " } ?? "Type next for the next outcome; "
        return out + [""] + printer.wrap("End of part \(n). " + next + "back for the parts of \(outcome.title).")
    }

    func checklistPage(_ o: Int) -> [String] {
        let outcome = almanac.outcomes[o]
        let t = tally(o)
        var out = printer.wrap("\(outcome.title): put into practice, the checklist. \(t.done) of \(t.applicable) applicable steps done.")
        var n = 0
        for theme in outcome.themes {
            out += printer.wrap("Theme \(theme.number): \(theme.title)")
            for _ in theme.steps {
                n += 1
                out += printer.wrap("\(n). " + stepLine(o, n - 1), rest: "   ")
            }
        }
        return out + printer.wrap("Type a number to open a step; tick 2, untick 2, status 2 in progress, note 2 TEXT, owner 2 NAME, due 2 YYYY-MM-DD change one.")
    }

    /// `Step 10.1.1, done: Provide … staff. Owner: Sam. Due 2027-03-31. Has a note.`
    func stepLine(_ o: Int, _ i: Int) -> String {
        let step = almanac.outcomes[o].steps[i]
        let p = progress.step(step.id)
        var line = "\(label(o, i)), \(StatusWords.of(p.status)): \(step.text)"
        if let owner = p.owner { line += " Owner: \(DisplayText.safe(owner))." }
        if let due = p.due { line += " Due \(DisplayText.safe(due))." }
        if p.note != nil { line += " Has a note." }
        if !p.evidence.isEmpty { line += " Has \(EvidenceWords.count(p.evidence.count))." }
        return line
    }

    func stepPage(_ o: Int, _ i: Int) -> [String] {
        let outcome = almanac.outcomes[o]
        let step = outcome.steps[i]
        let theme = outcome.themes.first { $0.steps.contains(step) }
        let p = progress.step(step.id)
        var out = printer.wrap("\(label(o, i)) of \(outcome.title), step \(i + 1) of \(outcome.steps.count)"
                               + (theme.map { ", theme \($0.number): \($0.title)" } ?? "") + ".")
        out += printer.wrap(step.text)
        out += printer.wrap("Status: \(StatusWords.of(p.status)). Owner: \(p.owner.map { DisplayText.safe($0) } ?? "none"). "
                            + "Due: \(p.due.map { DisplayText.safe($0) } ?? "none"). Id: \(step.id).")
        if let note = p.note {
            out.append("Note:")
            // The note's own lines, each shown; nothing in it can act on the terminal.
            for line in note.split(separator: "\n", omittingEmptySubsequences: false) {
                out += printer.wrap(DisplayText.safe(String(line)), first: "  ", rest: "  ")
            }
        } else {
            out.append("Note: none.")
        }
        if let reason = p.shownReason { out += printer.wrap("Why not applicable: " + DisplayText.safe(reason)) }
        if p.evidence.isEmpty {
            out.append("Evidence: none.")
        } else {
            out.append("Evidence:")
            for item in EvidenceWords.numbered(p.evidence) { out += printer.wrap(item, first: "  ", rest: "     ") }
        }
        if let team { out += TeamLines.of(step.id, in: team, separator: "; ").flatMap { printer.wrap($0) } }
        return out + printer.wrap("Type tick, untick, status WORD, note TEXT, owner NAME, due YYYY-MM-DD, evidence TEXT or reason TEXT to change it; next for the next step; back for the checklist.")
    }

    func caseListPage(_ o: Int) -> [String] {
        let outcome = almanac.outcomes[o]
        var out = printer.wrap("\(outcome.title): what have other councils done? \(outcome.caseStudies.count) case studies; type a number to read one.")
        for (n, c) in outcome.caseStudies.enumerated() {
            out += printer.wrap("\(n + 1). " + ([c.organisation, c.category].compactMap { $0 }.joined(separator: ", ")), rest: "   ")
        }
        return out
    }

    func caseStudyPage(_ o: Int, _ i: Int) -> [String] {
        let outcome = almanac.outcomes[o]
        let c = outcome.caseStudies[i]
        var out = printer.wrap("Case study \(i + 1) of \(outcome.caseStudies.count) in \(outcome.title): \(c.organisation)."
                               + (c.category.map { " Category: \($0)." } ?? ""))
        let places = c.councils.compactMap { almanac.front.notableCouncil(named: $0) }
        for council in places { out += printer.wrap("\(council.name) is a \(council.type.lowercased()) council in \(council.region).") }
        for p in c.summary { out += printer.wrap(p.plain) }
        return out + printer.wrap("Type next for the next case study, back for the list.")
    }

    func resultsPage(_ query: String, _ page: Int) -> [String] {
        let all = hits?.hits ?? []
        let shown = all.dropFirst(page * LinePages.hitsPerPage).prefix(LinePages.hitsPerPage)
        guard let first = shown.indices.first else { return printer.wrap("No matches for \(DisplayText.safe(query)).") }
        var out = printer.wrap("\(all.count) match\(all.count == 1 ? "" : "es") for \(DisplayText.safe(query)); "
                               + "\(first + 1) to \(first + shown.count):")
        for (k, hit) in shown.enumerated() {
            var placeText = hit.place.label
            if case .step(let id) = hit.place, let (o, i) = stepPosition(id) { placeText = label(o, i) }
            let whereText = (hit.outcome.flatMap { id in almanac.outcomes.first { $0.id == id }?.title } ?? "Front matter")
                + ", " + placeText
            out += printer.wrap("\(first + k + 1). \(whereText): \(hit.snippet(context: 50))", rest: "   ")
        }
        let more = first + shown.count < all.count ? "more for the next \(min(LinePages.hitsPerPage, all.count - first - shown.count)); " : ""
        return out + printer.wrap("Type a number to open a match; " + more + "back to return.")
    }

    /// One sentence: where the person is, and how that outcome stands.
    func whereLines() -> [String] {
        var trailText: String
        switch place {
        case .contents: trailText = "the contents"
        case .introduction: trailText = "the introduction"
        case .annexA: trailText = "Annex A"
        case .annexB: trailText = "Annex B"
        case .outcome(let o): trailText = "the parts of outcome \(o + 1), \(almanac.outcomes[o].title)"
        case .part(let o, let part):
            trailText = "\(almanac.outcomes[o].title), \(part.title(in: almanac.outcomes[o]))"
        case .caseStudy(let o, let i):
            trailText = "\(almanac.outcomes[o].title), case study \(i + 1): \(almanac.outcomes[o].caseStudies[i].organisation)"
        case .step(let o, let i): trailText = "\(almanac.outcomes[o].title), \(label(o, i)): \(phrase(o, i))"
        case .results(let q, let page): trailText = "search matches for \(DisplayText.safe(q)), page \(page + 1)"
        }
        let tallyText = place.outcome.map { " " + tallySentence($0) } ?? " " + overallSentence()
        return printer.wrap("You are at \(trailText)." + tallyText)
    }

    func progressLines() -> [String] {
        var out = [overallSentence()]
        for o in almanac.outcomes.indices {
            let t = tally(o)
            out.append("\(almanac.outcomes[o].number). \(almanac.outcomes[o].title): \(t.done) of \(t.applicable) done"
                       + (t.inProgress > 0 ? ", \(t.inProgress) in progress" : "")
                       + (t.notApplicable > 0 ? ", \(t.notApplicable) not applicable" : "") + ".")
        }
        return out
    }
}
