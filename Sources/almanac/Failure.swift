import AlmanacTerminal
import ArgumentParser
import Foundation

/// A failure that ends a command with a one-line message and an exit status.
enum Failure: Error, CustomStringConvertible {
    /// Bad input from the user: exit status 2.
    case usage(String)
    /// Something went wrong doing what was asked (e.g. a folder that cannot be written): exit status 1.
    case failed(String)

    var description: String {
        switch self {
        case .usage(let m), .failed(let m): return m
        }
    }

    /// Writes "almanac: message" to standard error and returns the exit status.
    func report() -> Int32 {
        Output.error(description)
        return status
    }

    var status: Int32 {
        switch self {
        case .usage: return 2
        case .failed: return 1
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into "almanac: message" on stderr and its exit status;
    /// a terminal that cannot be used is bad input, as for the guide (exit status 2).
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            throw ExitCode(failure.report())
        } catch let error as TerminalError {
            throw ExitCode(Failure.usage(error.description).report())
        }
    }
}
