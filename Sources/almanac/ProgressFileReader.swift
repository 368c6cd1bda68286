import AlmanacModel
import Foundation

/// A stand-in until `ProgressStore` lands: reads a progress file with `JSONDecoder`.
///
/// INTEGRATOR: replace with the store's loading (and its default path / `ProgressOptions`).
enum ProgressFileReader {
    static func read(_ path: String?) throws -> AlmanacModel.Progress {
        guard let path else {
            throw Failure.usage("no progress file given; pass --progress FILE")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure.usage("cannot read progress file \(displaySafe(path)): \(FileManager.default.fileExists(atPath: path) ? "it cannot be read (check its permissions)" : "no such file")")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { d in
            let text = try d.singleValueContainer().decode(String.self)
            // With and without fractional seconds.
            let f = ISO8601DateFormatter()
            if let date = f.date(from: text) { return date }
            f.formatOptions.insert(.withFractionalSeconds)
            if let date = f.date(from: text) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: d.codingPath, debugDescription: "\"\(text)\" is not an ISO 8601 time"))
        }
        do {
            return try decoder.decode(AlmanacModel.Progress.self, from: data)
        } catch {
            throw Failure.usage("cannot use progress file \(displaySafe(path)): it is not an almanac progress file (\(describe(error)))")
        }
    }

    private static func describe(_ error: Error) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "" : " at " + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case DecodingError.dataCorrupted(let c): return c.debugDescription + at(c.codingPath)
        case DecodingError.keyNotFound(let key, let c): return "missing \"\(key.stringValue)\"" + at(c.codingPath)
        case DecodingError.typeMismatch(let type, let c): return "expected \(type)" + at(c.codingPath)
        case DecodingError.valueNotFound(let type, let c): return "missing \(type)" + at(c.codingPath)
        default: return "\(error)"
        }
    }
}
