import AlmanacModel
import ArgumentParser
import Foundation

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair", abstract: "Move a damaged progress file aside and keep what can be read from it.",
        discussion: "Nothing is deleted: the damaged file is renamed <file>.broken-<time>.")
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            let report = try store.repair(reason: .repair)
            let path = ProgressText.path(store.path)
            if json {
                var out = ChangeJSON.Repaired(file: store.path, result: "healthy", problem: report.problem)
                switch report.outcome {
                case .missing: out.result = "missing"
                case .healthy: break
                case .movedAside(let broken, let recovered, let dropped):
                    (out.result, out.movedAside, out.recovered, out.dropped, out.droppedList) =
                        ("movedAside", broken, recovered, dropped, report.droppedList)
                }
                return try Output.json(out)
            }
            switch report.outcome {
            case .missing:
                Output.print("There is no progress file at \(path) yet; nothing to repair.")
            case .healthy:
                Output.print("\(path) reads fine; nothing to repair.")
            case .movedAside(let broken, let recovered, let dropped):
                var lines = ["\(path) was damaged: \(DisplayText.safe(report.problem ?? "unknown problem")).",
                             "Moved it aside to \(ProgressText.path(broken))."]
                if recovered > 0 {
                    lines.append("Saved the \(recovered) step\(recovered == 1 ? "" : "s") that could be read to \(path).")
                    lines += dropped.map { "  dropped " + $0 }
                    if let list = report.droppedList { lines.append("The list of what was dropped is in \(ProgressText.path(list)).") }
                } else {
                    lines.append("No steps could be read from it; \(path) will start empty.")
                }
                if !store.backups().isEmpty {
                    lines.append("Earlier versions: 'almanac backups' lists them, 'almanac restore N' brings one back.")
                }
                Output.print(lines.joined(separator: "\n"))
            }
        }
    }
}
