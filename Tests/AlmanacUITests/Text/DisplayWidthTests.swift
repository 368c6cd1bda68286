import Glibc
import XCTest
import AlmanacModel
@testable import AlmanacUI

/// The pure Swift width table must agree with the C library the terminal uses.
final class DisplayWidthTests: XCTestCase {
    typealias WcWidth = @convention(c) (Int32) -> Int32

    /// glibc's `wcwidth`, looked up at run time (its declaration is hidden without _XOPEN_SOURCE).
    func glibcWcwidth() throws -> WcWidth {
        guard setlocale(LC_ALL, "C.UTF-8") != nil else { throw XCTSkip("no C.UTF-8 locale") }
        let handle = dlopen(nil, RTLD_NOW)
        guard let sym = dlsym(handle, "wcwidth") else { throw XCTSkip("no wcwidth") }
        return unsafeBitCast(sym, to: WcWidth.self)
    }

    func testAgreesWithGlibcOnThousandsOfCodePoints() throws {
        let wcwidth = try glibcWcwidth()
        var points: [UInt32] = [0x2013, 0x2019, 0xA3, 0x2022, 0x2018, 0xA9]  // the almanac's non-ASCII
        points += Array(0x20...0x7E) + Array(0xA0...0x17F)  // Latin
        points += Array(0x300...0x36F)  // combining diacritics
        points += Array(0x2000...0x206F)  // general punctuation, zero-width space and joiners
        points += Array(0x1100...0x115F)  // Hangul jamo (wide)
        points += Array(0x3000...0x30FF)  // CJK punctuation, kana
        points += Array(stride(from: 0x4E00, through: 0x9FFF, by: 7))  // CJK ideographs
        points += Array(0xAC00...0xAC80) + Array(0xFE00...0xFE0F) + Array(0xFF00...0xFF70)
        points += Array(0x1F300...0x1F64F) + Array(0x1F900...0x1F9FF)  // emoji
        points += Array(0x20000...0x20100)  // CJK extension B
        var compared = 0
        for v in points {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = Int(wcwidth(Int32(v)))
            guard c >= 0 else { continue }  // unassigned or control: glibc says -1
            XCTAssertEqual(DisplayWidth.of(scalar), c, String(format: "U+%04X", v))
            compared += 1
        }
        XCTAssertGreaterThan(compared, 3000)
    }

    func testEveryCodePointAgreesWhereGlibcGivesAWidth() throws {
        let wcwidth = try glibcWcwidth()
        var mismatches: [String] = []
        for v in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = Int(wcwidth(Int32(v)))
            if c >= 0 && DisplayWidth.of(scalar) != c { mismatches.append(String(format: "U+%04X", v)) }
        }
        XCTAssertEqual(mismatches.prefix(20), [], "\(mismatches.count) mismatches")
    }

    func testStringsAndClusters() {
        XCTAssertEqual(DisplayWidth.of("Project Gigabit – a £5bn"), 24)
        XCTAssertEqual(DisplayWidth.of("日本語"), 6)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a base and a combining accent take one column")
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero-width space")
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }
}
