import XCTest
import AlmanacModel
@testable import AlmanacUI

/// A slide never cuts text off: what does not fit flows onto continuation pages.
final class PresentContinuationTests: XCTestCase {
    let almanac = RealContent.almanac

    func words(_ text: String) -> [String] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }

    /// Every word of every text slide, in order, across its pages, at sizes down to a small window.
    func testEveryWordAppearsAcrossContinuationPages() {
        let progress = AlmanacModel.Progress()
        var continued = 0
        for (w, h) in [(160, 48), (80, 24), (60, 16), (40, 12), (30, 8)] {
            let g = SlideGeometry(width: w, height: h)
            for slide in SlideDeck(almanac: almanac).slides {
                switch slide.kind {
                case .guidance, .caseStudy, .theme: break
                default: continue
                }
                var body = SlideContent.body(slide, almanac, progress)
                let pages = SlideLayout.pages(slide, almanac: almanac, progress: progress, geometry: g, ascii: false)
                // A heading drawn in block letters is there, just not as words.
                if pages[0].lines.contains(where: { $0.text.contains("█") || $0.text.contains("▀") }) {
                    body.removeAll { $0.style.role == .title }
                }
                let source = body.flatMap { words($0.marker + " " + $0.text) }
                var shown: [String] = []
                for (n, page) in pages.enumerated() {
                    XCTAssertLessThanOrEqual(page.lines.count, g.bodyHeight, "page fits above the footer")
                    // Continuation pages open with the heading again, marked "(continued)": not new text.
                    let lines = n > 0 && page.lines.first?.text.hasSuffix("(continued)") == true ? Array(page.lines.dropFirst()) : page.lines
                    shown += lines.filter { !($0.text.contains("█") || $0.text.contains("▀") || $0.text.contains("▄")) }.flatMap { words($0.text) }
                    for line in page.lines {
                        XCTAssertLessThanOrEqual(AlmanacModel.DisplayWidth.of(line.text), line.wide ? g.wideWidth : g.textWidth)
                    }
                }
                if w >= 40 {
                    XCTAssertEqual(shown, source, "\(slide.id(in: almanac)) at \(w)x\(h)")
                } else {
                    // So narrow that a long word is cut over two lines: still every letter, in order.
                    XCTAssertEqual(shown.joined(), source.joined(), "\(slide.id(in: almanac)) at \(w)x\(h)")
                }
                if pages.count > 1 { continued += 1 }
            }
        }
        XCTAssertGreaterThan(continued, 50, "small sizes really do need continuation pages")
    }

    func testStatementAndTitleKeepEveryWordWhenTooSmallForBlockLetters() {
        let g = SlideGeometry(width: 30, height: 8)
        var checked = 0
        for i in almanac.outcomes.indices {
            let o = almanac.outcomes[i]
            for (kind, text) in [(Slide.Kind.statement, o.statement), (.title, o.title)] {
                let pages = SlideLayout.pages(Slide(kind, outcome: i), almanac: almanac, progress: .init(), geometry: g, ascii: false)
                let shown = pages.enumerated().flatMap { n, page in
                    (n > 0 ? page.lines.filter { !$0.text.hasSuffix("(continued)") } : page.lines).flatMap { words($0.text) }
                }
                if pages[0].lines.contains(where: { $0.text.contains("█") }) { continue } // drawn in block letters
                XCTAssertTrue(Set(words(text)).isSubset(of: Set(shown)), "\(o.id) \(kind)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 12, "every statement at least falls back to text")
    }

    func testFooterSaysWhenASlideContinues() {
        var app = PresentFixtures.app(scope: "value", width: 60, height: 16)
        _ = PresentFixtures.advance(&app, to: "value/case-2")
        XCTAssertGreaterThan(app.pageCount, 1)
        let first = app.render(width: 60, height: 16)
        XCTAssertTrue(first.line(15).contains("continued 1/\(app.pageCount)"), first.line(15))
        _ = app.handle(.key(.pageDown))
        XCTAssertEqual(app.slide.id(in: almanac), "value/case-2")
        XCTAssertEqual(app.page, 1)
        let second = app.render(width: 60, height: 16)
        XCTAssertTrue(second.line(15).contains("continued 2/\(app.pageCount)"))
        XCTAssertTrue(second.text.contains("(continued)"))
        // Back from the next slide lands on the last page of this one.
        while app.slide.id(in: almanac) == "value/case-2" { _ = app.handle(.key(.pageDown)) }
        _ = app.handle(.key(.pageUp))
        XCTAssertEqual(app.page, app.pageCount - 1)
    }

    func testContinuationSlideSnapshot() {
        var app = PresentFixtures.app(scope: "value", width: 60, height: 16)
        _ = PresentFixtures.advance(&app, to: "value/case-2")
        _ = app.handle(.key(.pageDown))
        assertFrame(app.render(width: 60, height: 16))
    }

    func testResizeKeepsThePageInRange() {
        var app = PresentFixtures.app(scope: "value", width: 40, height: 10)
        _ = PresentFixtures.advance(&app, to: "value/case-2")
        while app.page + 1 < app.pageCount { _ = app.handle(.key(.pageDown)) }
        _ = app.handle(.resize(width: 200, height: 60))
        XCTAssertEqual(app.pageCount, 1)
        XCTAssertEqual(app.page, 0)
    }

    /// A continuation page's heading is whole, or cut with an ellipsis: never "Understanding curren".
    func testACutContinuationHeadingEndsWithAnEllipsis() {
        let progress = AlmanacModel.Progress()
        var cut = 0
        for (w, h) in [(80, 24), (60, 16), (40, 12)] {
            let g = SlideGeometry(width: w, height: h)
            for slide in SlideDeck(almanac: almanac).slides {
                let pages = SlideLayout.pages(slide, almanac: almanac, progress: progress, geometry: g, ascii: false)
                let heading = SlideContent.title(slide, almanac).lowercased()
                for page in pages.dropFirst() {
                    guard let first = page.lines.first?.text, first.hasSuffix(" (continued)") else { continue }
                    let label = String(first.dropLast(" (continued)".count)).lowercased()
                    if label.hasSuffix("…") {
                        cut += 1
                        XCTAssertTrue(heading.contains(String(label.dropLast())), "\(label) is the start of \(heading)")
                    } else {
                        XCTAssertTrue(heading.hasSuffix(label), "\(label) is whole (\(heading))")
                    }
                }
            }
        }
        XCTAssertGreaterThan(cut, 0, "some headings are too long for a small window")
    }
}
