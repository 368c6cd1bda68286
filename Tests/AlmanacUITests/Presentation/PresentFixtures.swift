import Foundation
import AlmanacModel
@testable import AlmanacUI

/// A presentation with a fixed clock and no other terminal, for tests.
enum PresentFixtures {
    static let start = Date(timeIntervalSince1970: 1_790_000_000) // a fixed moment, UTC

    static func environment(now: Date = start, session: PresentSession? = nil,
                            progress: AlmanacModel.Progress? = nil, writer: String = "test") -> PresentEnvironment {
        PresentEnvironment(now: { now }, readSession: { session },
                           writer: writer, utcOffset: { _ in 0 })
    }

    static func app(scope: String? = nil, progress: AlmanacModel.Progress = AlmanacModel.Progress(),
                    mode: PresentApp.Mode = .projector, width: Int = 80, height: Int = 24,
                    ascii: Bool = false, environment: PresentEnvironment = environment()) -> PresentApp {
        var app = PresentApp(almanac: RealContent.almanac, progress: progress, scope: scope, mode: mode,
                             ascii: ascii, environment: environment)
        _ = app.handle(.resize(width: width, height: height))
        return app
    }

    /// Moves to the slide with this id by pressing Space, as a clicker would.
    static func advance(_ app: inout PresentApp, to id: String) -> [PresentEffect] {
        var effects: [PresentEffect] = []
        var guardCount = 0
        while app.slide.id(in: RealContent.almanac) != id || app.page != 0 {
            effects += app.handle(.key(.character(" ")))
            guardCount += 1
            precondition(guardCount < 500, "slide \(id) not reached")
        }
        return effects
    }

    static func progress(done ids: [String]) -> AlmanacModel.Progress {
        var p = AlmanacModel.Progress()
        for id in ids { p.steps[id] = StepProgress(status: .done, changed: start) }
        return p
    }
}
