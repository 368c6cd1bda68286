import AlmanacModel

extension ProgressError {
    /// `code` (the errno, when there is one) picks the advice: space for a full disk, the
    /// folder's permissions for a refusal.
    static func unwritable(_ path: String, _ problem: String, code: Int32? = nil) -> ProgressError {
        let advice = code.map { FileProblem.advice($0, at: path, writing: true, elsewhere: "use --progress FILE") }
            ?? "use --progress FILE elsewhere"
        return ProgressError(.unwritable, path: path, problem: problem, recovery: "nothing was changed; " + advice)
    }

    /// `what` failed with errno `code` while saving `path`: the problem names the folder when a folder is the reason.
    static func unwritable(_ path: String, _ what: String, errno code: Int32) -> ProgressError {
        unwritable(path, what + ": " + FileProblem.explain(code, at: path), code: code)
    }
}
