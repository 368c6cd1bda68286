import Foundation
import AlmanacModel
@testable import AlmanacUI

enum WalkthroughFixtures {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func app(progress: AlmanacModel.Progress = AlmanacModel.Progress(), restart: Bool = false,
                    width: Int = 80, height: Int = 24) -> WalkthroughApp {
        var app = WalkthroughApp(almanac: RealContent.almanac, progress: progress, restart: restart, now: { start })
        _ = app.handle(.resize(width: width, height: height))
        return app
    }

    /// Presses Enter until the screen with this id is showing (first page).
    static func advance(_ app: inout WalkthroughApp, to id: String) -> [WalkthroughEffect] {
        var effects: [WalkthroughEffect] = []
        var n = 0
        while app.stop.id(in: RealContent.almanac) != id || app.page != 0 {
            effects += app.handle(.key(.enter))
            n += 1
            precondition(n < 1000 && !app.isFinished, "screen \(id) not reached")
        }
        return effects
    }
}
