import AlmanacExport
import AlmanacModel
import AlmanacStorage

/// What `tick`, `untick`, `set`, `restore` and `repair` print with `--json`, for scripts. Every
/// shape names the progress file; text from people (notes, owners) is as stored, escaped only
/// as JSON escapes it.
///
/// `tick`, `untick`, `set`:
///
///     {"file": "/home/a/.local/share/almanac/progress.json",
///      "steps": [{"id": "data.1.1", "changed": true, "status": "done",
///                 "note": "…", "owner": "…", "due": "2026-03-31", "reason": "…",   (note, owner, due, reason when set)
///                 "evidence": [{"text": "https://…", "label": "…", "kind": "url", "link": "https://…"}]}],
///                                          (kind url, file or document; link only for http(s) and mailto URLs)
///      "overall": {"done": 12, "applicable": 106, "notApplicable": 2, "total": 108}}
///
/// `restore`:
///
///     {"file": "…", "restored": {"number": 1, "time": "2026-11-30T09:12:00.000Z", "reason": "editing"},
///      "movedAside": "…/progress.json.broken-…"}                          (when the replaced file was damaged)
///
/// `repair`:
///
///     {"file": "…", "result": "missing" | "healthy" | "movedAside",
///      "problem": "…", "movedAside": "…", "recovered": 3, "dropped": ["…"], "droppedList": "…"}
///                                                                          (the last five when moved aside)
enum ChangeJSON {
    struct Step: Encodable {
        var id: String
        var changed: Bool
        var status: String
        var note: String?
        var owner: String?
        var due: String?
        var reason: String?
        var evidence: [ReportEvidence]

        init(_ id: String, _ progress: StepProgress?, changed: Bool) {
            self.id = id
            self.changed = changed
            status = (progress?.status ?? .notStarted).rawValue
            note = progress?.note
            owner = progress?.owner
            due = progress?.due
            reason = progress?.reason
            evidence = (progress?.evidence ?? []).map { ReportEvidence($0, displaySafe: false) }
        }
    }

    struct Overall: Encodable {
        var done: Int
        var applicable: Int
        var notApplicable: Int
        var total: Int

        init(_ summary: ProgressSummary) {
            done = summary.done
            applicable = summary.total
            notApplicable = summary.notApplicable
            total = summary.total + summary.notApplicable
        }
    }

    struct Changes: Encodable {
        var file: String
        var steps: [Step]
        var overall: Overall
    }

    struct Restored: Encodable {
        struct Backup: Encodable {
            var number: Int
            var time: String
            var reason: String
        }
        var file: String
        var restored: Backup
        var movedAside: String?
    }

    struct Repaired: Encodable {
        var file: String
        var result: String
        var problem: String?
        var movedAside: String?
        var recovered: Int?
        var dropped: [String]?
        var droppedList: String?
    }
}
