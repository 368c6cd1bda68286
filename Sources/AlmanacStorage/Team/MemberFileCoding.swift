import AlmanacModel
import Foundation

/// A member's file as JSON: `{"almanacTeamMember": 1, "member": {…}, "history": […],
/// "progress": <a progress file>}`. The progress part is the progress file format, so the
/// usual reader checks it, and `almanac merge` could read it if taken out.
enum MemberFileCoding {
    static let formatKey = MemberFileDecoding.formatKey
    static let version = MemberFileDecoding.version

    private struct Header: Encodable {
        var member: TeamMember
        var history: [Entry]
    }

    private struct Entry: Encodable {
        var step: String
        var field: StepField
        var value: String?
        var evidence: [Evidence]?
        var at: Date
    }

    static func encode(_ file: MemberFile) -> Data {
        let header = Header(member: file.member, history: file.history.map { h in
            switch h.value {
            case .status(let s): Entry(step: h.step, field: .status, value: s.rawValue, at: h.at)
            case .note(let t), .owner(let t), .due(let t), .reason(let t): Entry(step: h.step, field: h.value.field, value: t, at: h.at)
            case .evidence(let items): Entry(step: h.step, field: .evidence, evidence: items, at: h.at)
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
        try MemberFileDecoding.decode(data, path: path)
    }
}
