import XCTest
import AlmanacModel

final class OutcomeResolverTests: XCTestCase {
    let resolver = OutcomeResolver(Fixtures.almanac.index)

    func id(_ input: String) -> String? {
        if case .found(let o) = resolver.resolve(input) { return o.id }
        return nil
    }

    func message(_ input: String) -> String? {
        if case .notFound(let m) = resolver.resolve(input) { return m }
        return nil
    }

    func testIdsNumbersAndPrefixes() {
        XCTAssertEqual(id("data"), "data")
        XCTAssertEqual(id("3"), "democracy-and-participation")
        XCTAssertEqual(id("12"), "value")
        XCTAssertEqual(id("SECUR"), "security-and-resilience")
        XCTAssertEqual(id("Security and resilience"), "security-and-resilience")
        XCTAssertEqual(id("org"), "organisational-capability")
    }

    func testAmbiguousUnknownAndOutOfRangeSayWhatWouldWork() {
        XCTAssertTrue(message("d")?.contains("data or democracy-and-participation") ?? false)
        XCTAssertTrue(message("13")?.contains("1-12") ?? false)
        XCTAssertTrue(message("nonsense")?.contains("connectivity") ?? false)
        XCTAssertNotNil(message(""))
    }
}
