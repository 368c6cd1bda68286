import Foundation

/// The bytes of a progress file: pretty-printed JSON, keys sorted, times in ISO 8601.
///
/// Sorted keys and one entry per step keep the file readable and its diffs small, for anyone
/// who keeps it in version control or opens it in an editor.
public enum ProgressEncoding {
    /// Pretty, sorted, dates as `Timestamp.format`: for the file and for commands' `--json`.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        return encoder
    }

    /// The file's bytes (`ProgressWriter`, the same bytes `encoder()` gives, faster).
    public static func encode(_ progress: Progress) -> Data {
        var bytes = ProgressWriter.encode(progress)
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// The same bytes through `JSONEncoder`: the reference `ProgressWriter` is tested against.
    static func encodeWithFoundation(_ progress: Progress) -> Data {
        var written = progress
        written.version = Progress.schemaVersion
        do {
            var data = try encoder().encode(written)
            data.append(0x0A)
            return data
        } catch {
            // Strings, dates and enums always encode; reaching this is a programming error.
            preconditionFailure("progress could not be encoded: \(error)")
        }
    }
}

extension Progress: Encodable {
    enum CodingKeys: String, CodingKey { case version, steps, position }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(steps, forKey: .steps)
        try c.encode(position, forKey: .position)
    }
}

/// A step as the file holds it: its values, `changed` (the latest of its times, for people and
/// older tools) and `times`, the time of each field that was ever set.
extension StepProgress: Encodable {
    enum CodingKeys: String, CodingKey { case status, note, owner, due, changed, times }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encode(changed, forKey: .changed)
        var t = c.nestedContainer(keyedBy: StepFieldKey.self, forKey: .times)
        for f in StepField.allCases where times[f] != FieldTimes.never {
            try t.encode(times[f], forKey: StepFieldKey(f))
        }
    }
}

struct StepFieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ field: StepField) { stringValue = field.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
