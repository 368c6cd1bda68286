import AlmanacModel

/// Marks on the guide's screens for what changed since the last review (`r` toggles them).
extension GuideApp {
    /// Steps whose status, owner, due date or note differ from the last review's copy, while
    /// the marks are shown; empty otherwise.
    var reviewChanged: Set<String> { showingReviewMarks ? changedSinceLastReview : [] }

    /// Steps whose status, owner, due date or note differ from the last review's copy.
    var changedSinceLastReview: Set<String> {
        guard let review = lastReview else { return [] }
        var out: Set<String> = []
        for id in Set(review.steps.keys).union(progress.steps.keys) {
            if review.step(id) != Review.Step(progress.step(id)) { out.insert(id) }
        }
        return out
    }

    static let noReview = "No review yet: almanac review start \"2027 Q1\" records one."

    mutating func toggleReviewMarks() {
        guard let review = lastReview else {
            message = Self.noReview
            return
        }
        showingReviewMarks.toggle()
        guard showingReviewMarks else {
            message = "Review marks hidden."
            return
        }
        let changed = reviewChanged
        let outcomes = Set(changed.compactMap { $0.split(separator: ".").first.map(String.init) })
        message = changed.isEmpty ? "Nothing changed since '\(review.name)'. r hides the marks."
            : "Marked: \(Plural.count(changed.count, "step")) in \(Plural.count(outcomes.count, "outcome")) changed since '\(review.name)'. r hides."
    }
}
