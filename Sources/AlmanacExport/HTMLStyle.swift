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
    .status{display:inline-block;padding:0 .3rem;border:1px solid currentColor;border-radius:3px;white-space:nowrap}
    .status-done{color:#1b5e20;background:#e8f5e9}
    .status-in-progress{color:#0b4f8a;background:#e3f0fb}
    .status-not-started{color:#1a1a1a;background:#ffffff}
    .status-not-applicable{color:#4a4a4a;background:#f2f2f2}
    .overdue{color:#8a1c1c;background:#fdecea;font-weight:600}
    @media print{
    body{max-width:none;padding:0;font-size:9.5pt}
    section.outcome{break-before:page}
    h2,caption{break-after:avoid}
    thead{display:table-header-group}
    tr{break-inside:avoid}
    .status,.overdue{background:none;color:#000}
    }
    """
}
