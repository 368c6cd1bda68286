import AlmanacModel
import AlmanacUI
import Foundation

// In-process benchmarks of the guide's UI core: what the driver pays per key and for the
// first frame, before any terminal output. Release build:
//   swift build -c release --product almanac-ui-bench && .build/release/almanac-ui-bench
// Prints one line per measurement: median and p95.

func measure(_ name: String, runs: Int = 300, _ body: () throws -> Void) rethrows {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    let label = name.padding(toLength: 46, withPad: " ", startingAt: 0)
    print(label + String(format: " median %7.3f ms   p95 %7.3f ms", samples[samples.count / 2],
                         samples[min(samples.count - 1, samples.count * 95 / 100)]))
}

let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Resources/almanac.jsonl"
do {
    func app(_ w: Int, _ h: Int) throws -> GuideApp {
        GuideApp(content: GuideContent(file: try ContentFile(path: path)), progress: Progress(),
                 today: CalendarDay(year: 2026, month: 6, day: 1)!, width: w, height: h)
    }
    try measure("first frame 120x40 (open, index, 1 outcome)", runs: 100) {
        _ = try app(120, 40).render(width: 120, height: 40)
    }
    /// Keys in turn, each with its frame at 100x30, after the idle work is done; with
    /// `idleTimed`, the idle work each key brings is timed with it.
    func warm(_ name: String, _ app: inout GuideApp, keys: [Key], runs: Int, idleTimed: Bool) {
        while app.idle() {}
        var i = 0
        measure(name, runs: runs) {
            _ = app.handle(.key(keys[i % keys.count]))
            i += 1
            _ = app.render(width: 100, height: 30)
            if idleTimed { while app.idle() {} }
        }
    }
    var o = try app(100, 30)
    warm("outcome down/up + frame 100x30 (idle done)", &o, keys: [.down, .up], runs: 3000, idleTimed: true)
    var r = try app(100, 30)
    _ = r.handle(.key(.tab)); _ = r.handle(.key(.tab))
    warm("reading Down/Up + frame 100x30 (idle done)", &r, keys: [.down, .up], runs: 5000, idleTimed: false)
    // The same keys after 20 ms asleep, as between a person's keys: the processor has lost
    // what it had cached of the program by then, so this is what the real program pays.
    func asleep(_ name: String, _ app: inout GuideApp, keys: [Key]) {
        var handling: [Double] = [], drawing: [Double] = []
        for i in 0..<300 {
            usleep(20_000)
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = app.handle(.key(keys[i % keys.count]))
            let t1 = DispatchTime.now().uptimeNanoseconds
            _ = app.render(width: 100, height: 30)
            let t2 = DispatchTime.now().uptimeNanoseconds
            handling.append(Double(t1 - t0) / 1000)
            drawing.append(Double(t2 - t1) / 1000)
            while app.idle() {}
        }
        handling.sort(); drawing.sort()
        let label = (name + ", after 20 ms asleep").padding(toLength: 46, withPad: " ", startingAt: 0)
        print(label + String(format: " key %6.1f us   frame %6.1f us (medians)", handling[150], drawing[150]))
    }
    asleep("reading Down/Up 100x30", &r, keys: [.down, .up])
    asleep("outcome Down/Up 100x30", &o, keys: [.down, .up])
    for (w, h) in [(80, 24), (120, 40)] {
        var a = try app(w, h)
        _ = a.handle(.key(.tab)); _ = a.handle(.key(.down)); _ = a.handle(.key(.tab))  // reading a long section
        var down = true
        measure("scroll one line + frame \(w)x\(h)", runs: 1000) {
            _ = a.handle(.key(down ? .down : .up))
            _ = a.render(width: w, height: h)
            if a.contentScroll == 0 || a.contentScroll > 40 { down.toggle() }
        }
        var c = try app(w, h)
        _ = c.handle(.key(.tab)); _ = c.handle(.key(.end)); _ = c.handle(.key(.enter))
        measure("tick a step + frame \(w)x\(h)", runs: 1000) {
            _ = c.handle(.key(.character(" ")))
            _ = c.render(width: w, height: h)
        }
        var r = try app(w, h)
        _ = r.handle(.key(.tab)); _ = r.handle(.key(.down)); _ = r.handle(.key(.tab))
        var wide = false
        measure("resize (re-wrap) + frame around \(w)x\(h)", runs: 300) {
            wide.toggle()
            _ = r.handle(.resize(width: w + (wide ? 7 : 0), height: h))
            _ = r.render(width: w + (wide ? 7 : 0), height: h)
        }
    }
    var s = try app(120, 40)
    measure("open search (loads all, builds index)", runs: 1) { _ = s.handle(.key(.character("/"))) }
    var typed = false
    measure("search keystroke + frame 120x40", runs: 300) {
        _ = s.handle(.key(typed ? .backspace : .character("a")))
        typed.toggle()
        _ = s.render(width: 120, height: 40)
    }
    _ = s.handle(.key(.escape))
    for ch in "/digital" { _ = s.handle(.key(.character(ch))) }
    measure("search 'digital' + frame 120x40", runs: 300) {
        _ = s.handle(.key(.backspace))
        _ = s.handle(.key(.character("l")))
        _ = s.render(width: 120, height: 40)
    }
    // Page turns (Space) in the walkthrough and the presentation at 100x30, each key with its
    // frame, starting again from the first screen before running off the end.
    let almanac = try ContentFile(path: path).almanac()
    func walkthrough() -> WalkthroughApp {
        var w = WalkthroughApp(almanac: almanac, progress: Progress(), restart: true)
        _ = w.handle(.resize(width: 100, height: 30))
        return w
    }
    func present() -> PresentApp {
        var p = PresentApp(almanac: almanac, progress: Progress(),
                           environment: PresentEnvironment(now: { Date(timeIntervalSince1970: 1_790_000_000) }, writer: "bench"))
        _ = p.handle(.resize(width: 100, height: 30))
        return p
    }
    measure("walkthrough first frame 100x30", runs: 100) { _ = walkthrough().render(width: 100, height: 30) }
    measure("present first frame 100x30", runs: 100) { _ = present().render(width: 100, height: 30) }
    var w = walkthrough(), turns = 0
    measure("walkthrough page turn + frame 100x30", runs: 3000) {
        if turns % 100 == 0 { w = walkthrough() }
        turns += 1
        _ = w.handle(.key(.character(" ")))
        _ = w.render(width: 100, height: 30)
    }
    var pr = present()
    turns = 0
    measure("present page turn + frame 100x30", runs: 3000) {
        if turns % 100 == 0 { pr = present() }
        turns += 1
        _ = pr.handle(.key(.character(" ")))
        _ = pr.render(width: 100, height: 30)
    }
} catch {
    FileHandle.standardError.write(Data("almanac-ui-bench: \(error)\n".utf8))
    exit(1)
}
