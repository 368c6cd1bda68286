import Foundation
import XCTest
@testable import AlmanacModel

/// `Foundation.Progress` would otherwise shadow the model's type in every test file.
typealias Progress = AlmanacModel.Progress

/// A fresh folder under the system's temporary folder, removed by the test's teardown.
final class TemporaryFolder {
    let path: String

    init(_ name: String = "progress") {
        let base = NSTemporaryDirectory() + "almanac-test-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) -> String {
        let p = file(name)
        FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }

    func names(_ sub: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sub.isEmpty ? path : file(sub))) ?? []).sorted()
    }

    deinit {
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }
}

enum Sample {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)

    static func step(_ status: StepStatus = .done, note: String? = nil, owner: String? = nil,
                     due: String? = nil, at seconds: Double = 0) -> StepProgress {
        StepProgress(status: status, note: note, owner: owner, due: due, changed: t0.addingTimeInterval(seconds))
    }

    /// Every real step, with notes, owners and dates: a well-used file.
    static func full() -> Progress {
        var p = Progress()
        let statuses = StepStatus.allCases
        for (i, s) in Fixtures.almanac.steps.enumerated() {
            p.steps[s.id] = StepProgress(status: statuses[i % 4], note: "Note \(i): agreed with the team, see minutes ✓",
                                         owner: "Officer \(i % 7)", due: i % 3 == 0 ? "2026-0\(i % 9 + 1)-1\(i % 9)" : nil,
                                         changed: t0.addingTimeInterval(Double(i)))
        }
        return p
    }
}
