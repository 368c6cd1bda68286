import Foundation
import XCTest

/// Two people, each with their own home, and a folder they share.
class TeamTestCase: XCTestCase {
    var ann: CLI!, bo: CLI!
    var shared: String!
    override func setUp() {
        ann = CLI()
        bo = CLI()
        shared = ann.home + "/shared"
        try! FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
    }

    /// Runs a command that must succeed, and returns what it printed.
    func ok(_ cli: CLI, _ args: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try cli.run(args)
        XCTAssertEqual(r.status, 0, "\(args): \(r.err)", file: file, line: line)
        return r.out
    }
}
