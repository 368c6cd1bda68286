import Foundation
import AlmanacModel

/// What the presentation asks the outer loop to do.
public enum PresentEffect: Hashable, Sendable {
    /// Save a tick, or undo or redo, through the progress session (the checklist's progress: one
    /// source of truth); it answers with `.progress`.
    case progress(ProgressRequest)
    /// Write the shared session so the other terminal follows.
    case publish(PresentSession)
    /// Write the facilitator's notes for one slide into the notes file.
    case saveNotes(slide: String, text: String)
    case quit
}

/// What the presentation reads from outside, injected so tests control time and files.
public struct PresentEnvironment: Sendable {
    /// The current time: read on timer ticks (clock, elapsed) and when a tick is recorded.
    public var now: @Sendable () -> Date
    /// The shared session as the other terminal last wrote it.
    public var readSession: @Sendable () -> PresentSession?
    /// This terminal's id in the shared session.
    public var writer: String
    /// Seconds east of UTC at a moment, for the footer's clock and the session's date.
    public var utcOffset: @Sendable (Date) -> Int
    /// The facilitator's notes file as it is now (cheap to call: the file is read again only
    /// when it changes), and why it could not be read, if so.
    public var readNotes: @Sendable () -> (notes: FacilitatorNotes, problem: String?)

    public init(now: @escaping @Sendable () -> Date,
                readSession: @escaping @Sendable () -> PresentSession? = { nil },
                writer: String, utcOffset: @escaping @Sendable (Date) -> Int = { _ in 0 },
                readNotes: @escaping @Sendable () -> (notes: FacilitatorNotes, problem: String?) = { (FacilitatorNotes(), nil) }) {
        self.readNotes = readNotes
        self.now = now
        self.readSession = readSession
        self.writer = writer
        self.utcOffset = utcOffset
    }
}
