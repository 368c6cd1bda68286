import AlmanacModel
import AlmanacStorage
import AlmanacUI
import Foundation

/// The guide's progress for one run: a `ProgressSession`, and the answers to the app's effects.
final class GuideSession {
    let progress: ProgressSession
    /// Why the last position save failed, reported after the terminal is restored.
    private(set) var positionProblem: String?
    /// Why the theme chosen with t could not be kept in the settings file.
    private(set) var settingsProblem: String?

    init(store: ProgressStore) {
        progress = ScreenProgress.open(store)
    }

    func perform(_ effect: GuideEffect) -> [InputEvent] {
        switch effect {
        case .progress(let request):
            return ScreenProgress.answer(request, progress)
        case .savePosition(let position):
            if !progress.readOnly { positionProblem = progress.savePosition(position) }
            return []
        case .rememberTheme(let theme):
            do { try Settings.set("theme", to: theme.rawValue); settingsProblem = nil } catch {
                settingsProblem = error.description
            }
            return []
        case .quit:
            return []
        }
    }

    /// Today in local time, for overdue due dates and ones typed as +2w (localtime_r, not
    /// Calendar or DateFormatter: start-up).
    static func today(_ now: time_t = time(nil)) -> CalendarDay {
        let parts = LocalZone.parts(now)
        return CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
