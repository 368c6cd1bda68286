import AlmanacModel
import AlmanacUI
import Foundation

/// The repository's content, found from this file's path so tests run from anywhere.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var contentPath: String { root.appendingPathComponent("Resources/almanac.jsonl").path }

    static let file: ContentFile = {
        do { return try ContentFile(path: contentPath) } catch { fatalError("cannot load \(contentPath): \(error)") }
    }()

    static let almanac: Almanac = {
        do { return try file.almanac() } catch { fatalError("cannot load \(contentPath): \(error)") }
    }()

    /// A fixed moment, so changes carry a known time.
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    /// The guide on the real content, lazily loaded as the driver would, at a size.
    static func app(width: Int = 80, height: Int = 24, progress: AlmanacModel.Progress = AlmanacModel.Progress(), unicode: Bool = true,
                    readOnly: Bool = false, banner: String? = nil) -> GuideApp {
        GuideApp(content: GuideContent(file: file), progress: progress, today: CalendarDay(year: 2026, month: 6, day: 1)!, readOnly: readOnly,
                 banner: banner, unicode: unicode, width: width, height: height, clock: { now })
    }
}

extension GuideApp {
    /// Sends keys: characters as typed, and named keys.
    @discardableResult
    mutating func press(_ keys: Key...) -> [GuideEffect] {
        keys.flatMap { handle(.key($0)) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [GuideEffect] {
        text.flatMap { handle(.key(.character($0))) }
    }

    /// The frame at the app's own size, as text.
    var frame: String { render(width: width, height: height).text }
}
