/// The almanac's front matter and annexes as two chapters a screen can list after the 12
/// outcomes: their parts are sections, with no case studies or steps. Built from the content's
/// own front matter, so nothing of the almanac is typed here but the two chapter names.
public enum FrontChapters {
    public static let introductionID = "introduction"
    public static let annexesID = "annexes"

    /// The index entries for the two chapters (numbered 0: they are not outcomes).
    public static func entries(subtitle: String) -> [ContentIndex.Entry] {
        [ContentIndex.Entry(id: introductionID, number: 0, title: "Introduction", statement: subtitle),
         ContentIndex.Entry(id: annexesID, number: 0, title: "Annexes A and B",
                            statement: "Annex A lists the contributors, Annex B the councils of notable practice.")]
    }

    /// Acknowledgements as the overview, then each introduction section.
    public static func introduction(_ front: FrontMatter, subtitle: String) -> Outcome {
        Outcome(id: introductionID, number: 0, title: "Introduction", statement: subtitle,
                meaning: front.acknowledgements, sections: front.introduction, tools: nil, caseStudies: [], themes: [],
                leaderCheck: nil)
    }

    /// Annex A's authorities and experts, and Annex B, as tables and a list.
    public static func annexes(_ front: FrontMatter) -> Outcome {
        func table(_ councils: [Council]) -> Block {
            .table(Table(header: ["Name", "Type", "Region"],
                         rows: councils.map { [[RichText(plain: $0.name)], [RichText(plain: $0.type)], [RichText(plain: $0.region)]] }))
        }
        let entry = entries(subtitle: "")[1]
        return Outcome(
            id: annexesID, number: 0, title: entry.title, statement: entry.statement,
            meaning: Section(title: "Annexes", blocks: []),
            sections: [Section(title: "Annex A: Local and combined authorities", blocks: [table(front.contributors)]),
                       Section(title: "Annex A: Subject matter experts", blocks: [.bullets(front.experts.map { RichText(plain: $0) })]),
                       Section(title: "Annex B: Councils of notable practice", blocks: [table(front.notablePractice)])],
            tools: nil, caseStudies: [], themes: [], leaderCheck: nil)
    }

    /// Where a front-matter search hit is in these chapters: (chapter id, section index or nil
    /// for the overview).
    public static func place(of part: FrontPart, introduction: [Section]) -> (String, Int?) {
        switch part {
        case .acknowledgements: (introductionID, nil)
        case .introduction(let title): (introductionID, introduction.firstIndex { $0.title == title })
        case .contributors: (annexesID, 0)
        case .experts: (annexesID, 1)
        case .notablePractice: (annexesID, 2)
        }
    }
}
