import Foundation

/// The shared session's file, beside the progress file: read on every timer tick, written
/// atomically (a new file renamed over the old) so a reader never sees half a write.
public struct PresentSessionFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `progress.json` → `progress.present.json` in the same folder.
    public init(besideProgress progressPath: String) {
        let url = URL(fileURLWithPath: progressPath)
        let stem = url.deletingPathExtension().lastPathComponent
        path = url.deletingLastPathComponent().appendingPathComponent("\(stem).present.json").path
    }

    /// The session, or nil when there is none or it cannot be read (the other terminal then
    /// simply does not follow; nothing is lost).
    public func read() -> PresentSession? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? PresentSession.decode(data)
    }

    public func write(_ session: PresentSession) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try session.encoded().write(to: url, options: .atomic)
    }
}
