import AlmanacModel
import Foundation

// In-process benchmarks: what the guide's first screen and the plain commands pay for.
// Run through Scripts/bench (release build). Prints one line per measurement: median and p95.

func measure(_ name: String, runs: Int = 200, _ body: () throws -> Void) rethrows {
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
    let label = name.padding(toLength: 40, withPad: " ", startingAt: 0)
    print(label + String(format: " median %8.3f ms   p95 %8.3f ms", median, p95))
}

let args = CommandLine.arguments
let contentPath = args.count > 1 ? args[1] : "Resources/almanac.jsonl"

do {
    try measure("content: open file + decode index") { _ = try ContentFile(path: contentPath) }
    let file = try ContentFile(path: contentPath)
    try measure("content: decode first outcome") { _ = try file.outcome(at: 0) }
    try measure("content: decode everything", runs: 50) { _ = try file.almanac() }
    let almanac = try file.almanac()
    measure("search: build index", runs: 50) { _ = SearchIndex(almanac: almanac) }
    let index = SearchIndex(almanac: almanac)
    let query = SearchQuery("digital inclusion")!
    measure("search: 'digital inclusion'", runs: 100) { _ = index.search(query) }
} catch {
    FileHandle.standardError.write(Data("almanac-bench: \(error)\n".utf8))
    exit(1)
}
