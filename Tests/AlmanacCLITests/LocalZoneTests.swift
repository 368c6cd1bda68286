import Foundation
import XCTest
@testable import almanac

/// The slides' clock and date use LocalZone's offset at each moment, not TimeZone.current.
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
            let date = Date(timeIntervalSince1970: Double(seconds))
            XCTAssertEqual(LocalZone.offset(at: date), offset, zone)
            XCTAssertEqual(LocalZone.offset(at: date), TimeZone(identifier: zone)!.secondsFromGMT(for: date), zone)
        }
    }
}
