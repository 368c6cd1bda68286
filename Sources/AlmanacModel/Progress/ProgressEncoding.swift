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

    public static func encode(_ progress: Progress) -> Data {
        let encoder = encoder()
        var written = progress
        written.version = Progress.schemaVersion
        do {
            var data = try encoder.encode(written)
            data.append(0x0A)
            return data
        } catch {
            // Strings, dates and enums always encode; reaching this is a programming error.
            preconditionFailure("progress could not be encoded: \(error)")
        }
    }
}
