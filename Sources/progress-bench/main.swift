// Measures the progress store: saving a full 108-step file with notes (including fsync), and
// loading and merging a 10,000-step file. Run through Scripts/bench-progress (release build).
import AlmanacModel
import AlmanacStorage
import Foundation

typealias Progress = AlmanacModel.Progress

/// Wall time and this thread's CPU time: on a shared, busy machine the wall time includes
/// waiting for a core, so both are printed.
struct Sample { var wall: Double; var cpu: Double }

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
func cpuNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
}
func ms(_ body: () throws -> Void) rethrows -> Sample {
    let start = DispatchTime.now().uptimeNanoseconds, cpu = cpuNow()
    try body()
    return Sample(wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, cpu: cpuNow() - cpu)
}
func report(_ name: String, _ xs: [Sample], target: Double) {
    let wall = xs.map(\.wall).sorted()
    let line = name.padding(toLength: 36, withPad: " ", startingAt: 0)
        + String(format: " median %7.2f ms (CPU %6.2f ms)  p90 %7.2f ms  min %6.2f ms", median(wall), median(xs.map(\.cpu)),
                 wall[wall.count * 9 / 10], wall[0])
        + "  target < \(Int(target)) ms, \(xs.count) runs"
    print(line)
}

func steps(_ count: Int, seconds: Double) -> Progress {
    var p = Progress()
    let statuses = StepStatus.allCases
    for i in 0..<count {
        let id = "outcome-\(i / 9).\(i / 3 % 3 + 1).\(i % 3 + 1)"
        p.steps[id] = StepProgress(status: statuses[i % 4], note: "Agreed at the March board; waiting on procurement (\(i)) ✓",
                                   owner: "Officer \(i % 11)", due: "2026-0\(i % 9 + 1)-15",
                                   changed: Date(timeIntervalSince1970: seconds + Double(i)))
    }
    return p
}

let folder = NSTemporaryDirectory() + "almanac-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
let runs = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 50

// 1. A command's save of a full file: lock, read, decode, change one step, encode, back up,
//    write, fsync, rename, fsync the folder.
let store = ProgressStore(path: folder + "/progress.json")
try store.update { $0 = steps(108, seconds: 1_780_000_000) }
var saves: [Sample] = []
for i in 0..<runs {
    saves.append(try ms {
        try store.update { $0.steps["outcome-0.1.1"]?.note = "Edit \(i)" }
    })
}
report("save, 108 steps with notes (update)", saves, target: 5)

// 2. A screen's save: one field change applied to whatever the file holds.
var guideSaves: [Sample] = []
for i in 0..<runs {
    let change = StepChange(step: "outcome-1.1.1", [.note("Guide edit \(i)")], at: Date())
    guideSaves.append(try ms { _ = try store.save([change]) })
}
report("save, 108 steps, one field change (save)", guideSaves, target: 5)

// 3. Load and merge a 10,000-step file into a 10,000-step session.
let big = ProgressStore(path: folder + "/big.json")
try big.update { $0 = steps(10_000, seconds: 1_780_000_000) }
let session = steps(10_000, seconds: 1_780_000_500)
var loads: [Sample] = [], merges: [Sample] = []
for _ in 0..<max(5, runs / 5) {
    var loaded = Progress()
    loads.append(try ms { loaded = try big.load() })
    merges.append(ms { _ = ProgressMerge.merge(ours: session, theirs: loaded, oursLabel: "a", theirsLabel: "b") })
}
let both = zip(loads, merges).map { Sample(wall: $0.wall + $1.wall, cpu: $0.cpu + $1.cpu) }
report("load, 10,000 steps", loads, target: 50)
report("merge, 10,000 + 10,000 steps", merges, target: 50)
report("load + merge, 10,000 steps", both, target: 50)
load_uptime()
func load_uptime() {
    if let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) { print("load average: " + text.prefix(15)) }
}
let size = (try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? NSNumber)?.intValue ?? 0
print("10,000-step file: \(size / 1024) KB; 108-step file: \((try FileManager.default.attributesOfItem(atPath: store.path)[.size] as? NSNumber)?.intValue ?? 0) bytes")

// 4. The parts of a save, on a 108-step file: where its CPU goes.
let small = steps(108, seconds: 1_780_000_000)
let smallData = ProgressEncoding.encode(small)
var encodes: [Sample] = [], decodes: [Sample] = []
for _ in 0..<runs {
    encodes.append(ms { _ = ProgressEncoding.encode(small) })
    decodes.append(try ms { _ = try ProgressDecoding.decode(smallData, path: "bench") })
}
report("encode, 108 steps", encodes, target: 5)
report("decode, 108 steps", decodes, target: 5)
