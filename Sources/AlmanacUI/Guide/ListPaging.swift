/// Moving the selection of a list (case studies, search hits) by a key's command: one rule
/// for every list, kept inside the list.
enum ListPaging {
    /// The selection after `command`, or nil when the command does not move a selection.
    /// `page` is the rows one screen of the list shows.
    static func moved(_ selected: Int, by command: Command, page: Int, count: Int) -> Int? {
        let page = max(1, page)
        let target: Int
        switch command {
        case .up: target = selected - 1
        case .down: target = selected + 1
        case .pageUp: target = selected - page
        case .pageDown: target = selected + page
        case .top: target = 0
        case .bottom: target = count - 1
        default: return nil
        }
        return max(0, min(target, count - 1))
    }
}
