import AlmanacTerminal
import AlmanacUI
import CNcursesw
import XCTest

final class CursesMouseMapTests: XCTestCase {
    func testWheelAndLeftPress() {
        XCTAssertEqual(CursesMouseMap.button(state: almanac_button4_pressed()), .wheelUp)
        XCTAssertEqual(CursesMouseMap.button(state: almanac_button5_pressed()), .wheelDown)
        XCTAssertEqual(CursesMouseMap.button(state: almanac_button1_pressed()), .left)
        XCTAssertEqual(CursesMouseMap.button(state: almanac_button1_clicked()), .left)
    }

    func testReleaseIsIgnored() {
        XCTAssertNil(CursesMouseMap.button(state: almanac_button1_released()))
        XCTAssertNil(CursesMouseMap.button(state: 0))
    }

    func testMaskAsksForEveryButtonItMaps() {
        for state in [almanac_button1_pressed(), almanac_button4_pressed(), almanac_button5_pressed()] {
            XCTAssertNotEqual(CursesMouseMap.mask & state, 0)
            XCTAssertNotNil(CursesMouseMap.button(state: state))
        }
    }
}
