extension Templates {
    /// The stylesheet inlined into every HTML report: screen and A4 print.
    static let css = """
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1f2328;
           margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
    h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
    h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid #d7d9dc; padding-bottom: .2rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    .lpse { margin: 0 0 .6rem; color: #5f6368; }
    table.meta { width: auto; margin: .2rem 0 .6rem; font-size: .9rem; }
    table.meta th, table.meta td { border: none; background: none; padding: .05rem 1rem .05rem 0; font-weight: normal; }
    table.meta th { color: #5f6368; }
    .cards { margin: .6rem 0; }
    .card { display: inline-block; vertical-align: top; margin: 0 .6rem .6rem 0; border: 1px solid #d7d9dc; border-radius: 6px; padding: .6rem .9rem; min-width: 11rem; background: #f4f5f7; }
    .card .n { font-size: 1.7rem; font-weight: bold; }
    .card.ok { border-color: #1b7f3b; } .card.bad { border-color: #b3261e; }
    .notice { border-left: 4px solid #8a5300; background: #fff4e5; color: #1f2328; padding: 6px 10px; margin: 8px 0; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    th, td { border: 1px solid #d7d9dc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { background: #f4f5f7; }
    td.num, th.num { text-align: right; }
    td.num { white-space: nowrap; }
    td.gain { text-align: right; }
    .s { display: inline-block; max-width: 100%; padding: 0 .4rem; border-radius: 3px; font-size: .85em; color: #fff;
         background: #5f6368; overflow-wrap: anywhere; }
    table.fixed { table-layout: fixed; }
    td { overflow-wrap: anywhere; }
    th { overflow-wrap: normal; hyphens: manual; }
    td p { margin: .25rem 0; }
    .s-ok, .s-memenuhi, .s-berlaku, .s-true, .s-tone-ok, .s-selesai, .s-dipulihkan { background: #1b7f3b; }
    .s-sebagian, .s-expiring, .s-unsigned, .s-unclassified, .s-minor, .s-tone-partial, .s-rekomendasi { background: #b26a00; }
    .s-tidak, .s-missing, .s-expired, .s-tampered, .s-content, .s-misfiled, .s-mayor, .s-dicabut,
    .s-kedaluwarsa, .s-false, .s-tone-bad, .s-teguran { background: #b3261e; }
    .s-pencabutan, .s-penghentian { background: #6d1a16; }
    .s-tone-higher, .s-aktif { background: #1f5fa8; }
    .s-tidak-berlaku, .s-tidak-dinilai, .s-observasi, .s-tone-none, .s-dibatalkan { background: #5f6368; }
    .legend .s { margin-right: .3rem; }
    ul.actions { margin: .2rem 0 0 1rem; padding: 0; }
    table.compact { font-size: .85rem; }
    table.compact td { padding: .2rem .35rem; }
    .files { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; color: #5f6368; word-break: break-all; }
    .muted { color: #5f6368; }
    .tag { display: inline-block; border: 1px solid #d7d9dc; border-radius: 3px; padding: 0 .3rem; margin: 0 .2rem .2rem 0; font-size: .85em; }
    svg.chart { width: 100%; height: auto; max-width: 40rem; }
    svg.chart text { font-family: inherit; font-size: 11px; }
    .standard { break-inside: auto; }
    .signatures { margin-top: 1rem; page-break-inside: avoid; break-inside: avoid; }
    .signature { display: inline-block; vertical-align: top; margin: 1rem 2rem 0 0; min-width: 15rem; max-width: 20rem; }
    .signature .space { height: 4.5rem; }
    footer { margin-top: 2rem; font-size: .8rem; color: #5f6368; }
    @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9pt; }
      table { font-size: 8.5pt; }
      svg.chart { width: 72%; max-width: 72%; }
      .summary h3 { margin-top: .3rem; }
      h1 { font-size: 1.35rem; }
      h2 { margin: 1rem 0 .4rem; }
      .card { padding: .3rem .7rem; margin-bottom: .3rem; }
      .card .n { font-size: 1.3rem; }
      table.compact { font-size: 7.5pt; }
      table.compact td { padding: .12rem .3rem; }
      .standard h3 { margin: .6rem 0 .2rem; }
      h2 { page-break-after: avoid; break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}

/// The reports' stylesheet, shared with the web pages (`patuh server`, `patuh buka`) so that a
/// page and a report look the same.
public enum Stylesheet {
    /// The stylesheet inlined into every HTML report.
    public static let reports: String = Templates.css
}
