import AlmanacModel
import Foundation

/// A member's file as JSON: `{"almanacTeamMember": 1, "member": {…}, "history": […],
/// "progress": <a progress file>}`. The progress part is the progress file format, so the
/// usual reader checks it, and `almanac merge` could read it if taken out.
enum MemberFileCoding {
    static let formatKey = "almanacTeamMember"
    static let version = 1

    private struct Header: Codable {
        var member: TeamMember
        var history: [Entry]
    }

    private struct Entry: Codable {
        var step: String
        var field: StepField
        var value: String?
        var at: Date
    }

    static func encode(_ file: MemberFile) -> Data {
        let header = Header(member: file.member, history: file.history.map { h in
            switch h.value {
            case .status(let s): Entry(step: h.step, field: .status, value: s.rawValue, at: h.at)
            case .note(let t), .owner(let t), .due(let t): Entry(step: h.step, field: h.value.field, value: t, at: h.at)
            }
        })
        let encoder = ProgressEncoding.encoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, dates and enums always encode.
        let head = (try? encoder.encode(header)) ?? Data("{}".utf8)
        var out = Data("{\"\(formatKey)\":\(version),".utf8)
        out.append(head.dropFirst().dropLast())
        out.append(Data(",\"progress\":".utf8))
        out.append(ProgressEncoding.encode(file.progress.asStored))
        out.append(Data("}\n".utf8))
        return out
    }

    static func decode(_ data: Data, path: String) throws(ProgressError) -> MemberFile {
        func bad(_ problem: String) -> ProgressError {
            ProgressError(.unreadable, path: path, problem: problem,
                          recovery: "it is skipped; if a sync is still running it mends itself, else its member can run 'almanac team status' and save a change to write it again")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw bad(data.isEmpty ? "the file is empty" : "the file is not complete JSON (cut short, or damaged)")
        }
        guard let format = object[formatKey] as? Int else { throw bad("it is not an almanac team member's file") }
        guard format <= version else { throw bad("it was written by a newer almanac (format \(format))") }
        guard let progressObject = object["progress"], JSONSerialization.isValidJSONObject(progressObject),
              let progressData = try? JSONSerialization.data(withJSONObject: progressObject) else {
            throw bad("it has no progress")
        }
        let progress = try ProgressDecoding.decode(progressData, path: path)
        var headerObject = object
        headerObject.removeValue(forKey: "progress")
        headerObject.removeValue(forKey: formatKey)
        let decoder = StoredJSON.decoder()
        guard let headerData = try? JSONSerialization.data(withJSONObject: headerObject),
              let header = try? decoder.decode(Header.self, from: headerData) else {
            throw bad("its member or history part is damaged")
        }
        let history = header.history.compactMap { e -> HistoryEntry? in
            let value: FieldValue
            switch e.field {
            case .status:
                guard let s = e.value.flatMap(StepStatus.init(rawValue:)) else { return nil }
                value = .status(s)
            case .note: value = .note(e.value)
            case .owner: value = .owner(e.value)
            case .due: value = .due(e.value)
            }
            return HistoryEntry(step: e.step, value: value, at: e.at)
        }
        return MemberFile(member: header.member, progress: progress, history: history)
    }
}
