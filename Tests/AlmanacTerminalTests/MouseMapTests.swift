import AlmanacTerminal
import AlmanacUI
import CNcursesw
import XCTest

final class MouseMapTests: XCTestCase {
    func testWheelAndLeftPress() {
        XCTAssertEqual(MouseMap.button(state: almanac_button4_pressed()), .wheelUp)
        XCTAssertEqual(MouseMap.button(state: almanac_button5_pressed()), .wheelDown)
        XCTAssertEqual(MouseMap.button(state: almanac_button1_pressed()), .left)
        XCTAssertEqual(MouseMap.button(state: almanac_button1_clicked()), .left)
    }

    func testReleaseIsIgnored() {
        XCTAssertNil(MouseMap.button(state: almanac_button1_released()))
        XCTAssertNil(MouseMap.button(state: 0))
    }

    func testMaskAsksForEveryButtonItMaps() {
        for state in [almanac_button1_pressed(), almanac_button4_pressed(), almanac_button5_pressed()] {
            XCTAssertNotEqual(MouseMap.mask & state, 0)
            XCTAssertNotNil(MouseMap.button(state: state))
        }
    }
}
