import XCTest
import AlmanacUI

/// Writes frames to /tmp/preview for a person to look at; skipped unless PREVIEW is set.
final class PreviewTests: XCTestCase {
    func write(_ name: String, _ app: GuideApp) {
        try? FileManager.default.createDirectory(atPath: "/tmp/preview", withIntermediateDirectories: true)
        try? app.frame.write(toFile: "/tmp/preview/\(name).txt", atomically: true, encoding: .utf8)
    }

    func testPreview() throws {
        guard ProcessInfo.processInfo.environment["PREVIEW"] != nil else { throw XCTSkip("preview only") }
        var app = Fixtures.app(width: 80, height: 24)
        write("01-start", app)
        app.press(.enter, .down, .down)
        write("02-parts", app)
        app.press(.enter)
        write("03-content", app)
        var wide = Fixtures.app(width: 120, height: 40)
        wide.press(.enter, .down, .down, .enter)
        write("04-wide", wide)
        wide.press(.escape, .up, .enter, .pageDown)
        write("05-wide-sec1", wide)
        var practice = Fixtures.app(width: 80, height: 24)
        practice.press(.enter, .end, .enter, .character(" "), .down, .character("s"))
        write("06-practice", practice)
        practice.press(.enter)
        practice.type("Ask Jo £5 – 日本")
        write("07-editor", practice)
        practice.press(.character("?"))
        var s = Fixtures.app(width: 80, height: 24)
        s.type("/LoRaWAN")
        write("08-search", s)
        s.press(.enter)
        write("09-search-hit", s)
        var c = Fixtures.app(width: 120, height: 40)
        c.type("c")
        write("10-cases", c)
        var h = Fixtures.app(width: 80, height: 24)
        h.type("?")
        write("11-help", h)
        var small = Fixtures.app(width: 60, height: 16)
        write("12-small", small)
        small.press(.tab)
        write("13-small-parts", small)
        small.press(.down, .down, .enter)
        write("14-small-content", small)
    }
}
