import Foundation
import AlmanacModel
@testable import AlmanacUI

extension ProgressUpdate {
    /// `progress` with one step, chosen by `pick`, ticked or unticked by another process.
    static func elsewhere(_ progress: AlmanacModel.Progress, pick: (Int) -> Int, at time: Date) -> ProgressUpdate {
        var p = progress
        let ids = RealContent.almanac.outcomes.flatMap(\.steps).map(\.id)
        let id = ids[pick(ids.count)]
        p.steps[id] = p.status(of: id) == .done ? nil : StepProgress(status: .done, changed: time)
        return ProgressUpdate(cause: .changedElsewhere, progress: p)
    }
}
