import AlmanacModel
import AlmanacUI
import Foundation

/// The guide's progress file for one run: loads it (read-only when it cannot be read) and
/// carries out the app's save effects, telling the app how each went.
final class GuideSession {
    let store: ProgressStore
    /// What the file held at start (empty when it is missing or unreadable).
    let loaded: AlmanacModel.Progress
    /// True when the file exists but cannot be read: it is never written, the banner says why.
    let readOnly: Bool
    let banner: String?
    /// Why the last position save failed, reported after the terminal is restored.
    private(set) var positionProblem: String?
    /// What this session wants on disk, and what the file held after our last save
    /// (the merge base, so changes made meanwhile by another almanac are kept).
    private var mine: AlmanacModel.Progress
    private var base: AlmanacModel.Progress

    init(store: ProgressStore) {
        self.store = store
        do {
            loaded = try store.load()
            readOnly = false
            banner = nil
        } catch {
            loaded = AlmanacModel.Progress()
            readOnly = true
            banner = error.description
        }
        mine = loaded
        base = loaded
    }

    func perform(_ effect: GuideEffect, _ app: inout GuideApp) {
        switch effect {
        case .saveStep(let id, let step):
            mine.steps[id] = step
            app.saveFinished(error: save())
        case .savePosition(let position):
            mine.position = position
            positionProblem = save()
        case .quit:
            break
        }
    }

    /// Saves `mine`, merged with the file; nil on success, else why not in one line.
    private func save() -> String? {
        guard !readOnly else { return banner ?? "progress is read-only" }
        do {
            let result = try store.save(mine, base: base)
            base = result.progress
            mine = result.progress
            return nil
        } catch {
            return error.description
        }
    }

    /// Today as `YYYY-MM-DD` in local time, for overdue due dates (no DateFormatter or String(format:): start-up).
    static func today(_ now: time_t = time(nil)) -> String {
        var t = now
        var parts = tm()
        localtime_r(&t, &parts)
        return padded(Int(parts.tm_year) + 1900, 4) + "-" + padded(Int(parts.tm_mon) + 1, 2) + "-" + padded(Int(parts.tm_mday), 2)
    }

    /// Zero-padded digits (String(format:) costs a tenth of a millisecond on first use).
    private static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
