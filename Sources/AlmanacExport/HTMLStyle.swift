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

    /// Added for the action plan, a committee paper: printed on A4, 30 actions and the chart fit
    /// one page. In print each action is two lines of a grid: the step's own text across the
    /// page, then outcome, owner, due date, status and the note, each cut to one line (the
    /// step id already names the theme), the evidence beside the note. The table stays a table for screen readers: only
    /// its boxes change.
    static let plan = """
    th.step{font-weight:normal}
    .step-id{font-weight:600}
    @media print{
    @page{size:A4 portrait;margin:7mm 10mm}
    body{font-family:Arial,"Liberation Sans",Helvetica,sans-serif;font-size:8pt;line-height:1.08}
    h1{font-size:12pt;margin:0 0 1pt}
    header p{margin:0 0 2pt}
    h2{font-size:9pt;margin:2pt 0 0;border:none}
    figure.chart{display:grid;grid-template-columns:4.5cm 1fr;gap:1pt 10pt;margin:0 0 2pt}
    figure.chart figcaption{grid-column:1/3}
    svg.chart-bars{width:4.5cm;max-width:none}
    ul.chart-data{columns:2;column-gap:10pt;font-size:7.5pt}
    table.actions,table.actions thead,table.actions tbody{display:block;margin:0}
    table.actions caption{display:block;text-align:left;padding:0 0 1pt}
    table.actions tr{display:grid;grid-template-columns:4.2cm 3.2cm 3.1cm 1.9cm minmax(0,1fr) minmax(0,1fr);
    grid-template-areas:"step step step step step step" "outcome owner due status note evidence";
    border-bottom:.5pt solid #595959;padding:.5pt 0;break-inside:avoid}
    table.actions thead tr{border-bottom:1pt solid #1a1a1a}
    table.actions th,table.actions td{border:none;padding:0 4pt 0 0;line-height:1.08}
    table.actions thead th{background:none;font-weight:600}
    table.actions tr>:nth-child(1){grid-area:step}
    table.actions tr>:nth-child(2){grid-area:outcome}
    table.actions tr>:nth-child(3){grid-area:owner}
    table.actions tr>:nth-child(4){grid-area:due}
    table.actions tr>:nth-child(5){grid-area:status}
    table.actions tr>:nth-child(6){grid-area:note}
    table.actions tr>:nth-child(7){grid-area:evidence}
    table.actions ul.evidence{display:inline;padding:0;list-style:none}
    table.actions ul.evidence li{display:inline;margin-right:1em}
    .evidence-url{display:none}
    table.actions tr>:nth-child(n+2){white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    table.actions .theme,table.actions br{display:none}
    .overdue-word{margin-left:.4em}
    .status{white-space:nowrap;border:none;padding:0}
    td.note{font-size:8pt}
    footer p{margin:2pt 0 0;font-size:7.5pt}
    }
    """
}
