import AlmanacExport
import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a review of the progress, list reviews, and show what moved since one.",
        discussion: "A review is a named, dated copy of every step's status, owner, due date and note, kept beside the progress file "
            + "(PROGRESS.reviews.json), or in a team's folder for every member to see. 'review diff' shows what moved since the last review, or between two.",
        subcommands: [ReviewStartCommand.self, ReviewListCommand.self, ReviewDiffCommand.self])

    /// The reviews of this progress (a team's, when it has joined one).
    static func store(_ store: ProgressStore) throws -> ReviewsStore {
        do throws(ProgressError) { return try ReviewsStore(besideProgress: store.path) } catch {
            throw Failure.failed("\(ProgressText.path(error.path)): \(error.problem); \(error.recovery)")
        }
    }

    /// Every review, with its errors in words about reviews; a colleague's file that cannot be
    /// read is named on standard error and left out.
    static func reading(_ reviews: ReviewsStore) throws -> ReviewLog {
        do throws(ProgressError) {
            let reading = try reviews.read()
            for problem in reading.skipped {
                Output.error("a colleague's reviews file \(ProgressText.path(problem.path)) was left out: \(problem.problem)")
            }
            return reading.log
        } catch {
            throw Failure.failed("reviews file \(ProgressText.path(error.path)): \(error.problem); \(error.recovery)")
        }
    }

    /// The reviews of the progress `store` opens.
    static func reading(_ store: ProgressStore) throws -> ReviewLog { try reading(try self.store(store)) }

    static func day(_ date: Date) -> String { GuideSession.today(time_t(date.timeIntervalSince1970)).description }
}

struct ReviewStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Record a review now, under a name such as \"2027 Q1\".")
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "The review's name, e.g. \"2027 Q1\".") var name: String
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        try reportingProgress {
            if let problem = Review.problem(withName: name) { throw Failure.usage(problem) }
            // Checked first, so a damaged reviews file is named before anything is read.
            let store = try progress.store()
            let review = Review(name: name.trimmingCharacters(in: .whitespaces), takenAt: Date(), progress: try store.load())
            let reviews = try ReviewCommand.store(store)
            _ = try ReviewCommand.reading(reviews)
            do throws(ProgressError) { try reviews.append(review) } catch {
                throw error.kind == .badRequest ? Failure.usage("\(error.problem); \(error.recovery)")
                    : Failure.failed("reviews file \(ProgressText.path(error.path)): \(error.problem); \(error.recovery)")
            }
            if json { return try Output.json(ReviewListCommand.Row(review)) }
            Output.print("Review '\(review.name)' recorded on \(ReviewCommand.day(review.takenAt)): \(review.steps.count) steps with something recorded. "
                         + "'almanac review diff' shows what moves from now on.")
        }
    }
}

struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The reviews recorded, oldest first.")
    @OptionGroup var progress: ProgressOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    struct Row: Encodable {
        var name: String
        var takenAt: String
        var done: Int
        var recorded: Int
        init(_ r: Review) {
            name = r.name
            takenAt = ISO8601DateFormatter().string(from: r.takenAt)
            done = r.steps.values.filter { $0.status == .done }.count
            recorded = r.steps.count
        }
    }

    func run() throws {
        try reportingProgress {
            let log = try ReviewCommand.reading(try progress.store())
            if json { return try Output.json(log.reviews.map(Row.init)) }
            guard !log.reviews.isEmpty else {
                return Output.print("No reviews yet. Record one with: almanac review start \"2027 Q1\"")
            }
            Output.print(log.reviews.map { r in
                "\(ReviewCommand.day(r.takenAt))  \(r.name): \(Plural.count(Row(r).done, "step")) done"
            }.joined(separator: "\n"))
        }
    }
}

struct ReviewDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "What moved since a review (default: the last one) or between two.",
        discussion: "FROM and TO are review names, or last, previous, first. With no TO, the progress now.")
    @OptionGroup var content: ContentOptions
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "The review to start from (default: the last).") var from: String?
    @Argument(help: "The review to end at (default: now).") var to: String?
    @Flag(help: "Print JSON for scripts.") var json = false
    @Option(help: ArgumentHelp("text (the default), markdown or html: a page for a committee, with a chart per outcome.", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var output: String?

    func run() throws {
        let chosen = format?.lowercased() ?? "text"
        guard ["text", "markdown", "html"].contains(chosen) else {
            throw ExitCode(Failure.usage("unknown format '\(DisplayText.safe(format ?? ""))'; use text, markdown or html").report())
        }
        try reportingProgress {
            let almanac = try content.open().almanac()
            let store = try progress.store()
            let log = try ReviewCommand.reading(store)
            guard !log.reviews.isEmpty else {
                throw Failure.failed("no reviews yet, so nothing to compare with; record one with: almanac review start \"2027 Q1\"")
            }
            func named(_ name: String) throws -> Review {
                guard let r = log.find(name) else {
                    throw Failure.usage("no review called '\(DisplayText.safe(name))'; the reviews are " + log.reviews.map { "'\($0.name)'" }.joined(separator: ", "))
                }
                return r
            }
            let start = try from.map(named) ?? log.reviews[log.reviews.count - 1]
            let end = try to.map(named)
            let diff = try end.map { ReviewDiff(almanac: almanac, from: start, to: $0) } ?? ReviewDiff(almanac: almanac, from: start, to: try store.load())
            let endName = end?.name ?? "now"
            if json {
                struct Report: Encodable { var from: String; var to: String; var outcomes: [ReviewDiff.OutcomeMovement] }
                return try Output.json(Report(from: start.name, to: endName, outcomes: diff.outcomes))
            }
            switch chosen {
            case "html": try ReportFile.emit(ReviewDiffPage.html(diff, from: start.name, fromDay: ReviewCommand.day(start.takenAt), to: endName), to: output)
            case "markdown": try ReportFile.emit(ReviewDiffPage.markdown(diff, from: start.name, fromDay: ReviewCommand.day(start.takenAt), to: endName), to: output)
            default:
                let text = ReviewText.lines(diff, from: start, to: endName).joined(separator: "\n")
                if let output, output != "-" { try ReportFile.emit(DisplayText.safe(text, keepNewlines: true) + "\n", to: output) } else { Output.print(text) }
            }
        }
    }
}

/// `review diff` as lines for a person: per outcome, the counts, then each step that moved.
enum ReviewText {
    static func lines(_ diff: ReviewDiff, from start: Review, to endName: String) -> [String] {
        let moves = diff.movements
        var out = ["Since '\(start.name)' (\(ReviewCommand.day(start.takenAt))) to \(endName): "
                   + (moves.isEmpty ? "nothing moved." : "\(Plural.count(moves.count, "step")) changed, "
                      + "\(moves.filter { $0.direction == .forward }.count) forward, \(moves.filter { $0.direction == .back }.count) back.")]
        for o in diff.outcomes where !o.movements.isEmpty {
            out.append("")
            out.append("\(o.title): done \(o.done.before) of \(o.applicable.before) → \(o.done.after) of \(o.applicable.after)"
                       + (o.back > 0 ? " (\(o.back) back)" : ""))
            for m in o.movements {
                out.append("  \(m.place) \(Truncate.words(m.text, 60)): \(ReviewDiffPage.change(m))")
            }
        }
        return out
    }
}

enum Truncate {
    /// At most `n` characters, cut at a space with "…".
    static func words(_ s: String, _ n: Int) -> String {
        guard s.count > n else { return s }
        let cut = s.prefix(n)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
