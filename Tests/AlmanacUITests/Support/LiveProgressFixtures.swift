import AlmanacModel
import AlmanacStorage
import Foundation
@testable import AlmanacUI

/// A screen wired to a real `ProgressSession` on a file in a fresh folder, as the commands wire
/// it: each effect is carried out and its answer goes back through `handle`.
final class LiveFile {
    let folder: String
    let path: String
    let store: ProgressStore

    init(_ progress: AlmanacModel.Progress? = nil) {
        folder = NSTemporaryDirectory() + "almanac-ui-live-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/progress.json"
        store = ProgressStore(path: path)
        if let progress { try! store.update { $0 = progress } }
    }

    /// A session as a screen opens one, with undo history beside the file.
    func session(clock: @escaping () -> Date = { Date() }) -> ProgressSession {
        ProgressSession(store: store, historyPath: UndoHistory.path(for: path, user: "test", host: "here"), clock: clock)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}

extension GuideApp {
    /// Presses keys and carries out their progress effects through `session`.
    @discardableResult
    mutating func press(_ keys: Key..., through session: ProgressSession) -> [GuideEffect] {
        var all: [GuideEffect] = []
        for k in keys {
            let effects = handle(.key(k))
            all += effects
            for case .progress(let request) in effects { _ = handle(.progress(session.perform(request))) }
        }
        return all
    }
}
