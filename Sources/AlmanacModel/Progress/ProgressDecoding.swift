import Foundation

/// Turns the bytes of a progress file into `Progress`, or says precisely what is wrong.
///
/// Works on `JSONSerialization`'s tree rather than `Codable` so that every problem can name
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

    /// Keeps every step that can be read from a damaged file, and lists what was dropped.
    /// Nil when not even the outline (a JSON object) can be read, or when the file is from a newer
    /// almanac (it must not be rewritten in an older format).
    public static func salvage(_ data: Data) -> (progress: Progress, dropped: [String])? {
        var problems: [String] = []
        guard let p = try? decode(data, path: "", problems: &problems, strict: false) else { return nil }
        return (p, problems)
    }

    private static func decode(_ data: Data, path: String, problems: inout [String],
                               strict: Bool) throws(ProgressError) -> Progress {
        func fail(_ problem: String) -> ProgressError { .unreadable(path, problem) }

        if data.isEmpty { throw fail("the file is empty (0 bytes), perhaps from an interrupted save") }
        if data.count > maximumSize { throw fail("it is \(data.count) bytes, far too large to be a progress file") }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw fail("the file holds only blank space")
        }
        if data.allSatisfy({ $0 == 0 }) {
            throw fail("the file holds only zero bytes, typical of a crash during a save")
        }
        if String(validating: data, as: UTF8.self) == nil {
            throw fail("it is not text (not UTF-8), so not a progress file")
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let unclosed = JSONShape.unclosed(data) {
                throw fail("it is truncated: it ends inside \(unclosed), perhaps from an interrupted save or a full disk")
            }
            throw fail("it is not valid JSON (\(JSONShape.reason(error)))")
        }
        guard let object = root as? [String: Any] else {
            throw fail("expected a JSON object with \"version\" and \"steps\", found \(JSONShape.kind(root))")
        }
        guard let rawVersion = object["version"] else {
            throw fail("it has no \"version\", so it is not an almanac progress file")
        }
        guard let version = JSONShape.integer(rawVersion) else {
            throw fail("\"version\" should be a whole number, found \(JSONShape.kind(rawVersion))")
        }
        if version > Progress.schemaVersion {
            throw ProgressError(.unreadable, path: path,
                problem: "it was written by a newer almanac (progress version \(version); this almanac reads up to \(Progress.schemaVersion))",
                recovery: "nothing was changed; use a newer almanac, or --progress FILE to work elsewhere")
        }
        if version < 1 { throw fail("\"version\" is \(version); versions start at 1") }

        var progress = Progress(version: Progress.schemaVersion)
        if let rawSteps = object["steps"] {
            guard let steps = rawSteps as? [String: Any] else {
                throw fail("\"steps\" should be an object keyed by step id, found \(JSONShape.kind(rawSteps))")
            }
            progress.steps.reserveCapacity(steps.count)
            var bad: [String] = []
            for (id, raw) in steps {
                do throws(StepProblem) {
                    progress.steps[id] = try step(raw)
                } catch {
                    bad.append("step \"\(JSONShape.clip(id))\": \(error.text)")
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
        if let rawPosition = object["position"], !(rawPosition is NSNull) {
            do throws(StepProblem) {
                progress.position = try position(rawPosition)
            } catch {
                if strict { throw fail("\"position\": \(error.text)") }
                problems.append("position: \(error.text)")
            }
        }
        return progress
    }

    private struct StepProblem: Error { var text: String }

    private static func step(_ raw: Any) throws(StepProblem) -> StepProgress {
        guard let fields = raw as? [String: Any] else {
            throw StepProblem(text: "expected an object, found \(JSONShape.kind(raw))")
        }
        guard let rawStatus = fields["status"] else { throw StepProblem(text: "it has no \"status\"") }
        guard let statusText = rawStatus as? String else {
            throw StepProblem(text: "\"status\" should be a string, found \(JSONShape.kind(rawStatus))")
        }
        guard let status = StepStatus(rawValue: statusText) else {
            throw StepProblem(text: "unknown status \"\(JSONShape.clip(statusText))\" (expected "
                + StepStatus.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        guard let rawChanged = fields["changed"] else { throw StepProblem(text: "it has no \"changed\" time") }
        guard let changedText = rawChanged as? String, let changed = Timestamp.parse(changedText) else {
            throw StepProblem(text: "\"changed\" should be an ISO 8601 time like 2026-03-01T09:30:00.000Z, found \(JSONShape.kind(rawChanged))")
        }
        let due = try text(fields["due"], "due")
        if let due, !Timestamp.isCalendarDate(due) {
            throw StepProblem(text: "\"due\" should be a date like 2026-03-31, found \"\(JSONShape.clip(due))\"")
        }
        return StepProgress(status: status, note: try text(fields["note"], "note"),
                            owner: try text(fields["owner"], "owner"), due: due, changed: changed)
    }

    private static func position(_ raw: Any) throws(StepProblem) -> Position {
        guard let fields = raw as? [String: Any] else {
            throw StepProblem(text: "expected an object, found \(JSONShape.kind(raw))")
        }
        return Position(outcome: try text(fields["outcome"], "outcome"), part: try text(fields["part"], "part"),
                        step: try text(fields["step"], "step"), walkthrough: try text(fields["walkthrough"], "walkthrough"))
    }

    private static func text(_ raw: Any?, _ name: String) throws(StepProblem) -> String? {
        guard let raw, !(raw is NSNull) else { return nil }
        guard let s = raw as? String else {
            throw StepProblem(text: "\"\(name)\" should be a string, found \(JSONShape.kind(raw))")
        }
        return s
    }
}

/// Small facts about JSON values and broken JSON text, for error messages.
enum JSONShape {
    /// "a string", "an array", … for "found …".
    static func kind(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case let n as NSNumber: return isBool(n) ? "true/false" : "a number"
        default: return "something else"
        }
    }

    /// An integer, but not `true`, `1.5` or a string.
    static func integer(_ value: Any) -> Int? {
        guard let n = value as? NSNumber, !isBool(n) else { return nil }
        let d = n.doubleValue
        guard d.rounded() == d, abs(d) < 1e15 else { return nil }
        return n.intValue
    }

    /// Foundation gives JSON booleans the C type `char`; numbers never have it.
    static func isBool(_ n: NSNumber) -> Bool { n.objCType.pointee == CChar(UInt8(ascii: "c")) }

    /// Foundation's own reason, on one line.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        let text = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
        return clip(text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .punctuationCharacters), 120)
    }

    /// Short, single-line and free of control characters: file contents must not fill or
    /// take over the terminal through an error message.
    static func clip(_ text: String, _ limit: Int = 60) -> String {
        let safe = DisplayText.safe(text)
        return safe.count <= limit ? safe : String(safe.prefix(limit)) + "…"
    }

    /// What is left open at the end of the text ("an object", "a string"), or nil when every
    /// bracket and quote is closed: tells a truncated file from other broken JSON.
    static func unclosed(_ data: Data) -> String? {
        var stack: [UInt8] = []
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B: stack.append(byte)
            case 0x7D, 0x5D:
                guard let open = stack.popLast(), open == (byte == 0x7D ? 0x7B : 0x5B) else { return nil }
            default: break
            }
        }
        if inString { return "a string" }
        guard let open = stack.last else { return nil }
        return open == 0x7B ? "an object" : "an array"
    }
}
