import Foundation

/// Turns the bytes of a progress file into `Progress`, or says precisely what is wrong.
///
/// Works on a parsed tree (`JSONParser`) rather than `Codable` so that every problem can name
/// the step and field it is in, and so that `salvage` can keep the good steps of a bad file.
public enum ProgressDecoding {
    /// Far beyond any real file (108 steps are ~30 KB); refusing more keeps a stray video from
    /// being read into memory.
    public static let maximumSize = 64 << 20

    /// Decodes a whole file, failing on its first problem.
    public static func decode(_ data: Data, path: String) throws(ProgressError) -> Progress {
        var problems: [String] = []
        let progress = try decode(data, path: path, problems: &problems, strict: true)
        return progress
    }

    /// Decodes a progress already parsed, inside another file (a team member's).
    static func decode(tree: JSONValue, path: String) throws(ProgressError) -> Progress {
        var problems: [String] = []
        return try decodeRoot(tree, data: Data(), path: path, problems: &problems, strict: true)
    }

    /// Keeps every step that can be read from a damaged file, and lists what was dropped.
    /// Nil when not even the outline (a JSON object) can be read, or when the file is from a newer
    /// almanac (it must not be rewritten in an older format).
    public static func salvage(_ data: Data) -> (progress: Progress, dropped: [String])? {
        var problems: [String] = []
        if let p = try? decode(data, path: "", problems: &problems, strict: false) { return (p, problems) }
        // Not even JSON: mend the text (zero bytes out, cut back to before the damage) and retry.
        guard data.count <= maximumSize, !isFromNewerAlmanac(data), let mended = ProgressMending.mend(data) else { return nil }
        problems = mended.note.map { [$0] } ?? []
        guard let p = try? decodeRoot(mended.value, data: data, path: "", problems: &problems, strict: false) else { return nil }
        return (p, problems)
    }

    /// True when the bytes are JSON with a `version` above this almanac's: such a file is
    /// fine, just not ours to read, so `repair` must leave it alone.
    public static func isFromNewerAlmanac(_ data: Data) -> Bool {
        guard let root = try? JSONParser.parse(data), case .number(let v)? = root["version"] else { return false }
        return isNewer(v)
    }

    /// A whole version number above ours (and not absurd, like 1e29, which no almanac writes).
    static func isNewer(_ v: Double) -> Bool { v.rounded() == v && v > Double(Progress.schemaVersion) && v < 1e9 }

    private static func decode(_ data: Data, path: String, problems: inout [String],
                               strict: Bool) throws(ProgressError) -> Progress {
        func fail(_ problem: String) -> ProgressError { .unreadable(path, problem) }

        if data.isEmpty { throw fail("the file is empty (0 bytes), perhaps from an interrupted save") }
        if data.count > maximumSize { throw fail("it is \(data.count) bytes, far too large to be a progress file") }   // repair moves it aside
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw fail("the file holds only blank space")
        }
        if data.allSatisfy({ $0 == 0 }) {
            throw fail("the file holds only zero bytes, typical of a crash during a save")
        }
        if String(validating: data, as: UTF8.self) == nil {
            throw fail("it is not text (not UTF-8), so not a progress file")
        }
        let root: JSONValue
        let duplicate: (key: String, offset: Int)?
        do {
            (root, duplicate) = try JSONParser.parseNoting(data)
        } catch {
            if let unclosed = error.unclosed {
                throw fail("it is truncated: it ends inside \(unclosed), perhaps from an interrupted save or a full disk")
            }
            throw fail("it is not valid JSON: \(error.message) at \(JSONParser.position(of: error.offset, in: data))")
        }
        return try decodeRoot(root, data: data, path: path, problems: &problems, strict: strict, duplicate: duplicate)
    }

    /// The parsed tree to `Progress`; `data` only places a repeated key for the message.
    private static func decodeRoot(_ root: JSONValue, data: Data, path: String, problems: inout [String], strict: Bool,
                                   duplicate: (key: String, offset: Int)? = nil) throws(ProgressError) -> Progress {
        func fail(_ problem: String) -> ProgressError { .unreadable(path, problem) }
        if let (key, offset) = duplicate {
            let problem = "it names \"\(JSONShape.clip(key))\" twice in one object (at \(JSONParser.position(of: offset, in: data))), so one of the two would be lost"
            if strict { throw fail(problem + "; remove the one that is wrong") }
            problems.append(problem + "; the last was kept")
        }
        guard case .object = root else {
            throw fail("expected a JSON object with \"version\" and \"steps\", found \(root.kind)")
        }
        guard let rawVersion = root["version"] else {
            throw fail("it has no \"version\", so it is not an almanac progress file")
        }
        var version = Progress.schemaVersion
        if case .number(let number) = rawVersion, number.rounded() == number, abs(number) < 1e9 {
            version = Int(number)
        } else if strict {
            throw fail("\"version\" should be a whole number, found \(rawVersion.kind)")
        } else {
            problems.append("\"version\" was not a whole number; the steps were read as this almanac's")
        }
        if !strict, version < 1 {
            problems.append("\"version\" was \(version); the steps were read as this almanac's")
            version = Progress.schemaVersion
        }
        if version > Progress.schemaVersion {
            throw ProgressError(.unreadable, path: path,
                problem: "it was written by a newer almanac (progress version \(version); this almanac reads up to \(Progress.schemaVersion))",
                recovery: "nothing was changed; use a newer almanac, or --progress FILE to work elsewhere")
        }
        if version < 1 { throw fail("\"version\" is \(version); versions start at 1") }
        if let unknown = unknownKey(root, allowed: ["version", "steps", "position"]) {
            let problem = "it has a field \"\(JSONShape.clip(unknown))\" this almanac does not know, which a save would lose"
            if strict { throw fail(problem + " (a newer almanac may have written it)") }
            problems.append(problem)
        }

        var progress = Progress(version: Progress.schemaVersion)
        if let rawSteps = root["steps"] {
            guard case .object(let steps) = rawSteps else {
                throw fail("\"steps\" should be an object keyed by step id, found \(rawSteps.kind)")
            }
            progress.steps.reserveCapacity(steps.count)
            var bad: [String] = []
            for (id, raw) in steps {
                do throws(StepProblem) {
                    progress.steps[id] = try step(raw)
                    if let unknown = unknownKey(raw, allowed: stepKeys) {
                        // Refused when loading; a repair keeps the step without it.
                        let problem = "step \"\(JSONShape.clip(id))\": it has a field \"\(JSONShape.clip(unknown))\" this almanac does not know, which a save would lose"
                        if strict { bad.append(problem) } else { problems.append(problem) }
                    }
                } catch {
                    // Repair keeps every field it can read; only the bad ones are dropped.
                    if !strict, let (kept, dropped) = lenientStep(raw) {
                        progress.steps[id] = kept
                        problems += dropped.map { "step \"\(JSONShape.clip(id))\": \($0)" }
                    } else {
                        bad.append("step \"\(JSONShape.clip(id))\": \(error.text)")
                    }
                }
            }
            // Sorted, so the same file always gives the same message.
            bad.sort()
            if strict, let first = bad.first {
                throw fail(first + (bad.count > 1 ? " (and \(bad.count - 1) more bad steps)" : ""))
            }
            problems += bad
        } else if strict {
            throw fail("it has no \"steps\"")
        }
        if let rawPosition = root["position"], !rawPosition.isNull {
            do throws(StepProblem) {
                progress.position = try position(rawPosition)
                if let unknown = unknownKey(rawPosition, allowed: ["outcome", "part", "step", "walkthrough"]) {
                    throw StepProblem(text: "it has a field \"\(JSONShape.clip(unknown))\" this almanac does not know")
                }
            } catch {
                if strict { throw fail("\"position\": \(error.text)") }
                problems.append("position: \(error.text)")
            }
        }
        return progress
    }

    private struct StepProblem: Error { var text: String }

    private static let stepKeys: Set<String> = ["status", "note", "owner", "due", "changed", "times", "evidence", "reason"]

    /// The first member of an object whose name is not allowed, if any.
    private static func unknownKey(_ value: JSONValue, allowed: Set<String>) -> String? {
        guard case .object(let members) = value else { return nil }
        return members.first { !allowed.contains($0.key) }?.key
    }

    private static func step(_ fields: JSONValue) throws(StepProblem) -> StepProgress {
        guard case .object = fields else {
            throw StepProblem(text: "expected an object, found \(fields.kind)")
        }
        guard let rawStatus = fields["status"] else { throw StepProblem(text: "it has no \"status\"") }
        guard case .string(let statusText) = rawStatus else {
            throw StepProblem(text: "\"status\" should be a string, found \(rawStatus.kind)")
        }
        guard let status = StepStatus(rawValue: statusText) else {
            throw StepProblem(text: "unknown status \"\(JSONShape.clip(statusText))\" (expected "
                + StepStatus.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        guard let rawChanged = fields["changed"] else { throw StepProblem(text: "it has no \"changed\" time") }
        guard case .string(let changedText) = rawChanged, let changed = Timestamp.parse(changedText) else {
            let found = if case .string(let s) = rawChanged { "\"\(JSONShape.clip(s))\"" } else { rawChanged.kind }
            throw StepProblem(text: "\"changed\" should be an ISO 8601 time like 2026-03-01T09:30:00.000Z, found \(found)")
        }
        let due = try text(fields["due"], "due")
        if let due, !Timestamp.isCalendarDate(due) {
            throw StepProblem(text: "\"due\" should be a date like 2026-03-31, found \"\(JSONShape.clip(due))\"")
        }
        // Version 1 had one time per step: every field takes it.
        var times = FieldTimes(all: changed)
        if let rawTimes = fields["times"] {
            guard case .object(let entries) = rawTimes else {
                throw StepProblem(text: "\"times\" should be an object of field times, found \(rawTimes.kind)")
            }
            times = FieldTimes()
            for (name, raw) in entries {
                guard let field = StepField(rawValue: name) else {
                    throw StepProblem(text: "\"times\" has an unknown field \"\(JSONShape.clip(name))\" (expected \(StepField.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                guard case .string(let t) = raw, let time = Timestamp.parse(t) else {
                    throw StepProblem(text: "\"times\".\"\(name)\" should be an ISO 8601 time like 2026-03-01T09:30:00.000Z")
                }
                times[field] = time
            }
            // A hand-edited file may drop the status's time: the step's own time stands in.
            if rawTimes["status"] == nil { times.status = changed }
        }
        return StepProgress(status: status, note: try text(fields["note"], "note"),
                            owner: try text(fields["owner"], "owner"), due: due,
                            evidence: try evidence(fields["evidence"]), reason: try text(fields["reason"], "reason"), times: times)
    }

    /// `[{"text": "https://…", "label": "Board minutes"}, …]`, in the order they were added.
    private static func evidence(_ raw: JSONValue?) throws(StepProblem) -> [Evidence] {
        guard let raw, !raw.isNull else { return [] }
        guard case .array(let items) = raw else {
            throw StepProblem(text: "\"evidence\" should be a list of {\"text\", \"label\"} objects, found \(raw.kind)")
        }
        var out: [Evidence] = []
        for (n, item) in items.enumerated() {
            let place = "evidence item \(n + 1)"
            guard case .object = item else { throw StepProblem(text: "\(place) should be an object, found \(item.kind)") }
            guard let t = try text(item["text"], place + " \"text\""), !t.isEmpty else {
                throw StepProblem(text: "\(place) has no \"text\"")
            }
            if let unknown = unknownKey(item, allowed: ["text", "label"]) {
                throw StepProblem(text: "\(place) has a field \"\(JSONShape.clip(unknown))\" this almanac does not know, which a save would lose")
            }
            out.append(Evidence(t, label: try text(item["label"], place + " \"label\"")))
        }
        return out
    }

    /// A damaged step's readable fields, and what was dropped: for `repair`. Nil when it is not
    /// an object at all.
    private static func lenientStep(_ fields: JSONValue) -> (StepProgress, [String])? {
        guard case .object = fields else { return nil }
        var dropped: [String] = []
        func string(_ name: String) -> String? {
            guard let raw = fields[name], !raw.isNull else { return nil }
            if case .string(let s) = raw { return s }
            dropped.append("\"\(name)\" was \(raw.kind), not text, and was dropped")
            return nil
        }
        var status = StepStatus.notStarted
        if let text = string("status") {
            if let s = StepStatus(rawValue: text) { status = s } else {
                dropped.append("unknown status \"\(JSONShape.clip(text))\"; kept as not started")
            }
        } else if fields["status"] == nil {
            dropped.append("it had no status; kept as not started")
        }
        let changed = string("changed").flatMap(Timestamp.parse)
        if changed == nil { dropped.append("its \"changed\" time was unreadable; its fields count as old") }
        var times = FieldTimes(all: changed ?? FieldTimes.never)
        if case .object(let entries)? = fields["times"] {
            times = FieldTimes(status: changed ?? FieldTimes.never)
            for (name, raw) in entries {
                if let field = StepField(rawValue: name), case .string(let t) = raw, let time = Timestamp.parse(t) {
                    times[field] = time
                } else {
                    dropped.append("the time of \"\(JSONShape.clip(name))\" was unreadable")
                }
            }
        }
        var due = string("due")
        if let d = due, !Timestamp.isCalendarDate(d) {
            dropped.append("due date \"\(JSONShape.clip(d))\" was not a date and was dropped")
            due = nil
        }
        var evidence: [Evidence] = []
        if let raw = fields["evidence"], !raw.isNull {
            if case .array(let items) = raw {
                for (n, item) in items.enumerated() {
                    if case .string(let t)? = item["text"], !t.isEmpty {
                        let label: String? = if case .string(let l)? = item["label"] { l } else { nil }
                        evidence.append(Evidence(t, label: label))
                    } else {
                        dropped.append("evidence item \(n + 1) was unreadable and was dropped")
                    }
                }
            } else {
                dropped.append("\"evidence\" was \(raw.kind), not a list, and was dropped")
            }
        }
        let step = StepProgress(status: status, note: string("note"), owner: string("owner"), due: due,
                                evidence: evidence, reason: string("reason"), times: times)
        // Nothing of it could be read: keeping an empty step would only add noise.
        if fields["status"].flatMap({ if case .string(let t) = $0 { StepStatus(rawValue: t) } else { nil } }) == nil,
           step.note == nil, step.owner == nil, step.due == nil, step.evidence.isEmpty, step.reason == nil { return nil }
        return (step, dropped)
    }

    private static func position(_ fields: JSONValue) throws(StepProblem) -> Position {
        guard case .object = fields else {
            throw StepProblem(text: "expected an object, found \(fields.kind)")
        }
        return Position(outcome: try text(fields["outcome"], "outcome"), part: try text(fields["part"], "part"),
                        step: try text(fields["step"], "step"), walkthrough: try text(fields["walkthrough"], "walkthrough"))
    }

    private static func text(_ raw: JSONValue?, _ name: String) throws(StepProblem) -> String? {
        switch raw {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case let other?: throw StepProblem(text: "\"\(name)\" should be a string, found \(other.kind)")
        }
    }
}

/// Text from a file, fit for an error message.
enum JSONShape {
    /// Short, single-line and free of control characters: file contents must not fill or
    /// take over the terminal through an error message.
    static func clip(_ text: String, _ limit: Int = 60) -> String {
        let safe = DisplayText.safe(text)
        return safe.count <= limit ? safe : String(safe.prefix(limit)) + "…"
    }
}

extension JSONValue {
    var isNull: Bool { if case .null = self { return true } else { return false } }
}
