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
        written.version = progress.fileVersion
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
    enum CodingKeys: String, CodingKey { case status, note, owner, due, changed, times, evidence, reason }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encodeIfPresent(due, forKey: .due)
        if !evidence.isEmpty { try c.encode(evidence, forKey: .evidence) }
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encode(changed, forKey: .changed)
        var t = c.nestedContainer(keyedBy: StepFieldKey.self, forKey: .times)
        for f in StepField.allCases where times[f] != FieldTimes.never {
            try t.encode(times[f], forKey: StepFieldKey(f))
        }
    }
}

/// `{"label": "Board minutes", "text": "https://…"}`; no label, no `label`.
extension Evidence: Codable {
    enum CodingKeys: String, CodingKey { case text, label }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(String.self, forKey: .text), label: try c.decodeIfPresent(String.self, forKey: .label))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(label, forKey: .label)
    }
}

struct StepFieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ field: StepField) { stringValue = field.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
