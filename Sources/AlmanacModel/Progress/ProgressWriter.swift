import Foundation

/// Writes a progress file's bytes by hand, exactly as `JSONEncoder` with pretty printing,
/// sorted keys and unescaped slashes would (a test compares the two on random files).
///
/// Every save encodes the whole file; with a time per field, `JSONEncoder` took 3.3 ms of a
/// 108-step save's 5.4 ms of CPU, over the 5 ms a save may take. This takes a tenth of that.
enum ProgressWriter {
    static func encode(_ progress: Progress) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512 + progress.steps.count * 480)
        out += Array("{\n  \"position\" : ".utf8)
        let p = progress.position
        object(&out, indent: 2, [("outcome", p.outcome), ("part", p.part), ("step", p.step), ("walkthrough", p.walkthrough)]
            .compactMap { key, value in value.map { (key, $0) } }) { out, value in string(&out, value) }
        out += Array(",\n  \"steps\" : ".utf8)
        let ids = progress.steps.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        object(&out, indent: 2, ids.map { ($0, progress.steps[$0]!) }) { out, step in self.step(&out, step) }
        out += Array(",\n  \"version\" : \(progress.fileVersion)\n}".utf8)
        return out
    }

    private static func step(_ out: inout [UInt8], _ s: StepProgress) {
        var fields: [(String, Field)] = [("changed", .time(s.changed))]
        if let due = s.due { fields.append(("due", .text(due))) }
        if !s.evidence.isEmpty { fields.append(("evidence", .evidence(s.evidence))) }
        if let note = s.note { fields.append(("note", .text(note))) }
        if let owner = s.owner { fields.append(("owner", .text(owner))) }
        if let reason = s.reason { fields.append(("reason", .text(reason))) }
        fields.append(("status", .text(s.status.rawValue)))
        fields.append(("times", .times(s.times)))
        object(&out, indent: 4, fields) { out, field in
            switch field {
            case .text(let t): string(&out, t)
            case .time(let t): time(&out, t)
            case .evidence(let items):
                out += Array("[\n".utf8)
                for (i, e) in items.enumerated() {
                    out += repeatElement(0x20, count: 8)
                    object(&out, indent: 8, [("label", e.label), ("text", e.text)].compactMap { k, v in v.map { (k, $0) } }) { out, t in
                        string(&out, t)
                    }
                    if i + 1 < items.count { out.append(UInt8(ascii: ",")) }
                    out.append(0x0A)
                }
                out += repeatElement(0x20, count: 6)
                out.append(UInt8(ascii: "]"))
            case .times(let times):
                // StepField's cases are declared in a different order from the keys' sorted one.
                let set = sortedFields.filter { times[$0] != FieldTimes.never }
                object(&out, indent: 6, set.map { ($0.rawValue, times[$0]) }) { out, t in time(&out, t) }
            }
        }
    }

    private enum Field { case text(String), time(Date), times(FieldTimes), evidence([Evidence]) }

    private static let sortedFields = StepField.allCases.sorted { $0.rawValue < $1.rawValue }

    private static func time(_ out: inout [UInt8], _ date: Date) {
        out.append(0x22)
        Timestamp.append(date, to: &out)
        out.append(0x22)
    }

    /// `{`, the members one a line at `indent + 2`, `}`; empty as JSONEncoder writes it.
    private static func object<V>(_ out: inout [UInt8], indent: Int, _ members: [(String, V)],
                                  _ value: (inout [UInt8], V) -> Void) {
        out.append(UInt8(ascii: "{"))
        out.append(0x0A)
        if members.isEmpty { out.append(0x0A) }
        for (i, (key, v)) in members.enumerated() {
            out += repeatElement(0x20, count: indent + 2)
            string(&out, key)
            out += [0x20, 0x3A, 0x20]
            value(&out, v)
            if i + 1 < members.count { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
        }
        out += repeatElement(0x20, count: indent)
        out.append(UInt8(ascii: "}"))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func string(_ out: inout [UInt8], _ s: String) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
