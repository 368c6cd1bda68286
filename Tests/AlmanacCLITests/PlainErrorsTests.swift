import Foundation
import XCTest
@testable import almanac

/// Errors from Foundation and the coders, which none of our messages describe, still reach
/// the person in plain words, naming the file and what to do.
final class PlainErrorsTests: XCTestCase {
    func testCocoaFileErrorNamesTheFileAndTheReason() throws {
        let error = CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: "/srv/council/progress.json",
            NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)),
        ])
        let message = try XCTUnwrap(PlainErrors.message(for: error))
        XCTAssertEqual(message, "cannot use /srv/council/progress.json: the disk is full; free some space on that disk, or name another file elsewhere")
        XCTAssertEqual(PlainErrors.status(for: error), 1)
    }

    func testCocoaCodeWithoutUnderlyingError() throws {
        let error = CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "/tmp/gone.json"])
        let message = try XCTUnwrap(PlainErrors.message(for: error))
        XCTAssertTrue(message.hasPrefix("cannot use /tmp/gone.json: no such file or folder; check the path"), message)
    }

    func testRealFoundationFailureHasNoDomainOrCode() throws {
        do {
            _ = try Data(contentsOf: URL(fileURLWithPath: "/nonexistent-folder-\(getpid())/x.json"))
            XCTFail("read a file that does not exist")
        } catch {
            let message = try XCTUnwrap(PlainErrors.message(for: error))
            XCTAssertFalse(message.contains("Domain") || message.contains("Code"), message)
            XCTAssertTrue(message.contains("/nonexistent-folder-\(getpid())/x.json"), message)
            XCTAssertTrue(message.contains("no such file"), message)
        }
    }

    func testDecodingErrorSaysWhereTheDataIsWrong() throws {
        struct Shape: Decodable { var steps: [String: Int] }
        do {
            _ = try JSONDecoder().decode(Shape.self, from: Data(#"{"steps": {"a": "x"}}"#.utf8))
            XCTFail("decoded a string as a number")
        } catch {
            let message = try XCTUnwrap(PlainErrors.message(for: error))
            XCTAssertTrue(message.hasPrefix("cannot read the data: "), message)
            XCTAssertTrue(message.contains("(at steps.a)"), message)
            XCTAssertFalse(message.contains("DecodingError"), message)
        }
    }

    func testOwnFailuresKeepTheirMessageAndStatus() throws {
        XCTAssertEqual(PlainErrors.message(for: Failure.usage("bad date")), "bad date")
        XCTAssertEqual(PlainErrors.status(for: Failure.usage("bad date")), 2)
        XCTAssertEqual(PlainErrors.status(for: Failure.failed("disk")), 1)
    }
}
