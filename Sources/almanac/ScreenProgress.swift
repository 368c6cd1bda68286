import AlmanacModel
import AlmanacStorage
import AlmanacUI
import Foundation

/// Wiring shared by every full-screen command (guide, walkthrough, present): one progress
/// session per screen, its answers and its watch sent into the app as `.progress` events.
enum ScreenProgress {
    /// The session for `store`, with this person's undo history beside the file.
    static func open(_ store: ProgressStore) -> ProgressSession {
        ProgressSession(store: store, historyPath: UndoHistory.path(for: store.path, user: user(), host: host()),
                        fallbackHistoryPath: stateFolder().map { UndoHistory.fallbackPath(for: store.path, stateFolder: $0) })
    }

    static func answer(_ request: ProgressRequest, _ session: ProgressSession) -> [InputEvent] {
        [.progress(session.perform(request))]
    }

    /// For the driver: another process's save, as an event, when there is one.
    static func watch(_ session: ProgressSession) -> () -> [InputEvent] {
        { session.checkForChanges().map { [.progress($0)] } ?? [] }
    }

    /// Changes the last run could not save are saved now; the update says how that went.
    static func leftOver(_ session: ProgressSession) -> InputEvent? {
        let count = session.unsaved.count
        guard count > 0, !session.readOnly else { return nil }
        var update = session.retry()
        let what = "\(count) change\(count == 1 ? "" : "s") left unsaved last time"
        update.message = update.problem == nil ? "Saved " + what : what + " still cannot be saved"
        return .progress(update)
    }

    /// After the terminal is restored: what was not saved and where it is kept (one line for
    /// "almanac: …"). Nil when all was.
    static func unsavedReport(_ session: ProgressSession) -> String? {
        guard !session.unsaved.isEmpty else { return nil }
        let count = "\(session.unsaved.count) change\(session.unsaved.count == 1 ? "" : "s")"
        let why = session.saveProblem.map { ": " + $0 } ?? ""
        guard session.unsavedKept, let kept = session.historyFile else {
            // Nowhere to keep them: say exactly what they were, so they can be made again.
            let list = session.unsaved.map { DisplayText.safe($0.step) + " " + DisplayText.safe($0.summary) }.joined(separator: "; ")
            return "\(count) could not be saved\(why); nor kept for the next start, so make them again: \(list)"
        }
        let ids = Set(session.unsaved.map(\.step)).sorted().map { DisplayText.safe($0) }.joined(separator: ", ")
        return "\(count) could not be saved (\(ids))\(why); they are kept in " + DisplayText.safe(kept)
            + " and saved the next time almanac opens this progress file"
    }

    /// `$XDG_STATE_HOME`, else `~/.local/state`.
    private static func stateFolder() -> String? {
        let env = Environment.only(["XDG_STATE_HOME", "HOME"])
        if let xdg = env["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg }
        return env["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.local/state" }
    }

    private static func user() -> String {
        // getenv, not ProcessInfo: building the whole environment costs the guide's start-up.
        if let name = getenv("USER").map({ String(cString: $0) }), !name.isEmpty { return name }
        return getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? String(getuid())
    }

    static func host() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
