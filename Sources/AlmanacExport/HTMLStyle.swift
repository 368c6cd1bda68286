/// The report's only stylesheet, inline so the file stands alone. Colours meet WCAG 2.1 AA
/// (every pair at least 7:1); status is always written out, colour only repeats it.
enum HTMLStyle {
    static let css = """
    :root{color:#1a1a1a;background:#ffffff;font-family:system-ui,"Segoe UI",Arial,sans-serif;line-height:1.45}
    body{margin:0 auto;max-width:75rem;padding:1rem 1.5rem}
    h1{font-size:1.6rem}
    h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #1a1a1a}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
    caption{text-align:left;font-weight:600;padding:.25rem 0}
    th,td{border:1px solid #595959;padding:.3rem .5rem;text-align:left;vertical-align:top}
    thead th{background:#e8e8e8}
    th[scope=rowgroup]{background:#f2f2f2}
    td.count{text-align:right;white-space:nowrap}
    td.note{white-space:pre-line}
    td.due{white-space:nowrap}
    td.evidence{overflow-wrap:anywhere}
    ul.evidence{margin:0;padding-left:1rem}
    a{color:#0b3f8a}
    .evidence-url{font-size:.85em}
    .status{display:inline-block;padding:0 .3rem;border:1px solid currentColor;border-radius:3px;white-space:nowrap}
    .status-done{color:#1b5e20;background:#e8f5e9}
    .status-in-progress{color:#0b4f8a;background:#e3f0fb}
    .status-not-started{color:#1a1a1a;background:#ffffff}
    .status-not-applicable{color:#4a4a4a;background:#f2f2f2}
    .overdue{color:#8a1c1c;background:#fdecea;font-weight:600}
    figure.chart{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:flex-start;margin:.5rem 0 1rem}
    figure.chart figcaption{flex:1 0 100%;font-weight:600}
    svg.chart-bars{flex:1 1 18rem;max-width:30rem;height:auto}
    svg.chart-bars text{font-size:10px;fill:#1a1a1a}
    svg.chart-bars .track{fill:#ffffff;stroke:#595959;stroke-width:1}
    svg.chart-bars .bar{fill:#1b5e20}
    ul.chart-data{flex:1 1 18rem;list-style:none;margin:0;padding:0}
    @media print{
    body{max-width:none;padding:0;font-size:9.5pt}
    section.outcome{break-before:page}
    h2,caption{break-after:avoid}
    thead{display:table-header-group}
    tr{break-inside:avoid}
    .status,.overdue{background:none;color:#000}
    svg.chart-bars{max-width:9cm}
    }
    """

    /// Added for the action plan, a committee paper: printed, A4 at 9pt, about 16 actions on the
    /// first page (under the chart) and 28 on each after. The theme's title and all but 3 lines
    /// of a note are left to the screen: the steps' own text alone fills half a page of 30.
    static let plan = """
    th.step{font-weight:normal}
    .step-id{font-weight:600}
    @media print{
    @page{size:A4 portrait;margin:10mm}
    body{font-family:Arial,"Liberation Sans",Helvetica,sans-serif;font-size:9pt;line-height:1.15}
    h1{font-size:13pt;margin:0 0 2pt}
    header p{margin:0 0 3pt}
    h2{font-size:10pt;margin:3pt 0 1pt;border:none}
    figure.chart{display:grid;grid-template-columns:5.5cm 1fr;gap:1pt 10pt;margin:0 0 2pt}
    figure.chart figcaption{grid-column:1/3}
    svg.chart-bars{width:5.5cm;max-width:none}
    ul.chart-data{columns:2;column-gap:10pt;font-size:8pt}
    table{margin:0;table-layout:fixed}
    th,td{padding:1pt 2pt}
    caption{padding:0 0 1pt}
    th,td{line-height:1.12}
    thead th:nth-child(1){width:42%}
    thead th:nth-child(2){width:12%}
    thead th:nth-child(3){width:9.5%}
    thead th:nth-child(4){width:8.5%}
    thead th:nth-child(5){width:7.5%}
    .status{white-space:normal;border:none;padding:0}
    td.note{white-space:normal;font-size:8pt;line-height:1.1}
    td.note span{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
    td.evidence{font-size:8pt;line-height:1.1}
    ul.evidence{padding-left:0;list-style:none}
    ul.evidence li{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
    .evidence-url{display:none}
    .theme-title{display:none}
    footer p{margin:2pt 0 0;font-size:8pt}
    }
    """
}
