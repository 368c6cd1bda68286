import AlmanacModel
import Foundation

/// The reviews of one progress file, beside it (`progress.json` → `progress.reviews.json`).
/// A file that cannot be read is never written over: the error says what to do.
public struct ReviewsFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(besideProgress progressPath: String) {
        path = FilePaths.beside(progressPath, "reviews.json")
    }

    /// The reviews, oldest first; none when there is no file yet.
    public func read() throws(ProgressError) -> ReviewLog {
        guard let data = try FileIO.read(path) else { return ReviewLog() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let log = try decoder.decode(ReviewLog.self, from: data)
            guard log.format == ReviewLog.format, (1...ReviewLog.newestVersion).contains(log.version) else {
                throw ProgressError(.unreadable, path: path, problem: "it is not an almanac reviews file (or a newer one)",
                                    recovery: "move it aside; reviews start again from the next 'almanac review start'")
            }
            return log
        } catch let e as ProgressError {
            throw e
        } catch {
            throw ProgressError(.unreadable, path: path, problem: "the reviews file is damaged (\(PlainDecoding.describe(error)))",
                                recovery: "nothing was changed; restore it from a backup or move it aside")
        }
    }

    /// Adds a review at the end (`ReviewsStore.append` checks its name against every review).
    public func append(_ review: Review) throws(ProgressError) {
        var log = try read()
        log.reviews.append(review)
        try write(log)
    }

    /// Replaces the file with `log`, atomically.
    public func write(_ log: ReviewLog) throws(ProgressError) {
        var log = log
        log.version = log.neededVersion
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do { data = try encoder.encode(log) } catch {
            throw ProgressError(.badRequest, path: path, problem: "the reviews could not be written (\(error))", recovery: "try again")
        }
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        try FileIO.writeAtomically(data + Data("\n".utf8), to: path, mode: 0o644)
    }
}

/// Decoding errors in a few plain words.
enum PlainDecoding {
    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let c): return "\((c.codingPath + [key]).map(\.stringValue).joined(separator: ".")) is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "\(c.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong kind of value"
        case DecodingError.dataCorrupted(let c): return c.codingPath.isEmpty ? "not JSON" : "\(c.codingPath.map(\.stringValue).joined(separator: ".")) cannot be read"
        default: return "\(error)"
        }
    }
}
