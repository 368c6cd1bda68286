import Foundation
import AlmanacModel

/// The repository's content, found from this source file's path so tests run from anywhere.
enum RealContent {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var contentPath: String { root.appendingPathComponent("Resources/almanac.jsonl").path }

    /// The committed content, decoded once per test process.
    static let almanac: Almanac = {
        do {
            return try ContentFile(path: contentPath).almanac()
        } catch {
            fatalError("cannot load \(contentPath): \(error)")
        }
    }()
}
