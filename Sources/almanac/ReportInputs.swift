import AlmanacModel
import Foundation

/// The content and progress a report is made of, for `export` and `plan`.
enum ReportInputs {
    static func load(_ content: ContentOptions, _ progress: ProgressOptions) throws -> (AlmanacModel.Almanac, AlmanacModel.Progress) {
        let file = try content.open()
        let almanac: AlmanacModel.Almanac
        do {
            almanac = try file.almanac()
        } catch {
            throw Failure.usage("\(error)")
        }
        return (almanac, try loadProgress(progress))
    }

    /// A file named with `--progress` must exist (a typo should not give an empty report); the
    /// default file may not exist yet, and then every step is reported not started.
    private static func loadProgress(_ progress: ProgressOptions) throws -> AlmanacModel.Progress {
        let store = try progress.store()
        if !store.exists {
            if progress.progress != nil || progress.profile != nil {
                throw Failure.usage("cannot read progress file \(ProgressText.path(store.path)): no such file; check the name, "
                                    + "or leave out --progress and --profile to report the default file")
            }
            Output.error("no progress recorded yet at \(ProgressText.path(store.path)); every step is reported not started")
        }
        return try store.load()
    }
}
