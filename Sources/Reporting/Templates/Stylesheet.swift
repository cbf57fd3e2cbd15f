extension Templates {
    /// The stylesheet inlined into every HTML report: screen and A4 print.
    static let css = """
    :root { --ok: #1b7f3b; --warn: #b26a00; --bad: #b3261e; --muted: #5f6368; --line: #d7d9dc; --soft: #f4f5f7; }
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1f2328;
           margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
    h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
    h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    .lpse { margin: 0 0 .6rem; color: var(--muted); }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; font-size: .9rem; }
    dl.meta dt { color: var(--muted); }
    dl.meta dd { margin: 0; }
    .cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: .6rem 0; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; min-width: 11rem; background: var(--soft); }
    .card .n { font-size: 1.7rem; font-weight: bold; }
    .card.ok { border-color: var(--ok); } .card.bad { border-color: var(--bad); }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { background: var(--soft); }
    td.num, th.num { text-align: right; white-space: nowrap; }
    .s { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .85em; white-space: nowrap; color: #fff; }
    .s-ok, .s-memenuhi, .s-sama, .s-berlaku, .s-true { background: var(--ok); }
    .s-sebagian, .s-expiring, .s-unsigned, .s-unclassified, .s-minor, .s-asesor-lebih-tinggi { background: var(--warn); }
    .s-tidak, .s-missing, .s-expired, .s-tampered, .s-misfiled, .s-mayor, .s-asesor-lebih-rendah, .s-dicabut,
    .s-kedaluwarsa, .s-false { background: var(--bad); }
    .s-tidak-berlaku, .s-tidak-dinilai, .s-observasi { background: var(--muted); }
    .files { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; color: var(--muted); word-break: break-all; }
    .muted { color: var(--muted); }
    .tag { display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; margin: 0 .2rem .2rem 0; font-size: .85em; }
    svg.chart { width: 100%; height: auto; max-width: 40rem; }
    svg.chart text { font-family: inherit; font-size: 11px; }
    .standard { break-inside: auto; }
    .signatures { display: flex; flex-wrap: wrap; gap: 2rem; margin-top: 1rem; page-break-inside: avoid; }
    .signature { min-width: 14rem; border-top: 1px solid #000; padding-top: .3rem; margin-top: 4rem; }
    footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
    @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      h2 { page-break-after: avoid; break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
