import Foundation

/// Reads a member's file: `{"almanacTeamMember": 1, "member": {…}, "history": […],
/// "progress": <a progress file>}`, in one pass of the progress file's own parser (a team of
/// 50 is 50 such files to read whenever one changes).
public enum MemberFileDecoding {
    public static let formatKey = "almanacTeamMember"
    public static let version = 1

    public static func decode(_ data: Data, path: String) throws(ProgressError) -> MemberFile {
        func bad(_ problem: String) -> ProgressError {
            ProgressError(.unreadable, path: path, problem: problem,
                          recovery: "it is skipped; if a sync is still running it mends itself, else its member saves a change to write it again")
        }
        if data.isEmpty { throw bad("the file is empty") }
        if data.count > ProgressDecoding.maximumSize { throw bad("it is \(data.count) bytes, far too large to be a member's file") }
        let root: JSONValue
        do { root = try JSONParser.parse(data) } catch {
            throw bad(error.unclosed != nil ? "the file is cut short (a sync still running, or an interrupted save)"
                                            : "the file is not valid JSON: \(error.message) at \(JSONParser.position(of: error.offset, in: data))")
        }
        guard case .number(let format)? = root[formatKey] else { throw bad("it is not an almanac team member's file") }
        guard format <= Double(version) else { throw bad("it was written by a newer almanac (format \(format))") }
        guard let tree = root["progress"] else { throw bad("it has no progress") }
        let progress = try ProgressDecoding.decode(tree: tree, path: path)
        guard let m = root["member"], case .string(let id)? = m["id"], case .string(let name)? = m["name"],
              TeamMember.isID(Substring(id)) else {
            throw bad("its member part is damaged")
        }
        func text(_ key: String) -> String { if case .string(let s)? = m[key] { return s } else { return "" } }
        let role = TeamRole(rawValue: text("role")) ?? .officer
        let member = TeamMember(id: id, name: name, role: role, machine: text("machine"), joined: text("joined"))
        var history: [HistoryEntry] = []
        if case .array(let entries)? = root["history"] {
            for e in entries {
                guard case .string(let step)? = e["step"], case .string(let fieldName)? = e["field"],
                      let field = StepField(rawValue: fieldName), case .string(let atText)? = e["at"],
                      let at = Timestamp.parse(atText) else { continue }
                var value: String?
                if case .string(let v)? = e["value"] { value = v }
                switch field {
                case .status:
                    guard let s = value.flatMap(StepStatus.init(rawValue:)) else { continue }
                    history.append(HistoryEntry(step: step, value: .status(s), at: at))
                case .note: history.append(HistoryEntry(step: step, value: .note(value), at: at))
                case .owner: history.append(HistoryEntry(step: step, value: .owner(value), at: at))
                case .due: history.append(HistoryEntry(step: step, value: .due(value), at: at))
                case .reason: history.append(HistoryEntry(step: step, value: .reason(value), at: at))
                case .evidence:
                    // Only the list's shape matters here: the history says who changed what.
                    var items: [Evidence] = []
                    if case .array(let list)? = e["evidence"] {
                        for item in list { if case .string(let t)? = item["text"] {
                            let label: String? = if case .string(let l)? = item["label"] { l } else { nil }
                            items.append(Evidence(t, label: label))
                        } }
                    }
                    history.append(HistoryEntry(step: step, value: .evidence(items), at: at))
                }
            }
        }
        return MemberFile(member: member, progress: progress, history: history)
    }
}
