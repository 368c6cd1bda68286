import Foundation
import XCTest
@testable import almanac

/// The slides' clock and date use LocalZone's offset in place of TimeZone.current.
final class LocalZoneTests: XCTestCase {
    func testTheOffsetIsTheLocalOneAtThatMoment() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/London") else {
            throw XCTSkip("no zone database on this machine")
        }
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        // London in winter and in summer time, and a zone half an hour off the hour.
        for (zone, seconds, offset) in [("Europe/London", 1_704_067_200, 0), ("Europe/London", 1_719_835_200, 3600),
                                        ("Asia/Kolkata", 1_719_835_200, 19_800)] {
            setenv("TZ", zone, 1)
            tzset()
            let local = LocalZone.now(time_t(seconds))
            XCTAssertEqual(local.secondsFromGMT(), offset, zone)
            XCTAssertEqual(local.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))),
                           TimeZone(identifier: zone)!.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))), zone)
        }
    }
}
