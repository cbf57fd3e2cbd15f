/// The report templates, compiled into Patuh so a copied binary still renders (no resource
/// bundle to lose). Each kind has an HTML and a Markdown template; partials are shared.
enum Templates {
    static let all: [String: String] = [
        "head.html": head,
        "top.html": top,
        "top.md": topMarkdown,
        "mandiri.html": mandiriHTML,
        "mandiri.md": mandiriMarkdown,
        "faktual.html": faktualHTML,
        "faktual.md": faktualMarkdown,
        "bukti.html": buktiHTML,
        "bukti.md": buktiMarkdown,
        "pembinaan.html": pembinaanHTML,
        "pembinaan.md": pembinaanMarkdown,
    ]

    /// The opening of every HTML report: no script, no external resource.
    static let head = """
    <!DOCTYPE html>
    <html lang="{{report.header.language}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Patuh {{report.header.patuhVersion}}">
    <title>{{report.header.title}} — {{report.header.lpse.name}}</title>
    <style>
    {{{css}}}
    @page { @bottom-right { content: "{{t.page}} " counter(page) " / " counter(pages); font-size: 8pt; color: #555; }
            @bottom-left { content: "{{report.header.lpse.name}} · {{report.header.title}}"; font-size: 8pt; color: #555; } }
    </style>
    </head>
    <body>
    """

    static let top = """
    <header class="top">
    <h1>{{report.header.title}}</h1>
    <p class="lpse">{{report.header.lpse.name}} — {{report.header.lpse.instansi}}</p>
    <table class="meta">
    <tr><th>{{t.lpse}}</th><td>{{report.header.lpse.id}}</td></tr>
    <tr><th>{{t.zone}}</th><td>{{report.header.lpse.zone}}</td></tr>
    <tr><th>{{t.catalog}}</th><td>{{report.header.catalogVersion}}</td></tr>
    <tr><th>{{t.generated}}</th><td>{{words.generated}}</td></tr>
    </table>
    </header>
    """

    static let topMarkdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    # {{report.header.title}}

    **{{report.header.lpse.name}}** — {{report.header.lpse.instansi}}

    | | |
    |---|---|
    | {{t.lpse}} | {{report.header.lpse.id}} |
    | {{t.zone}} | {{report.header.lpse.zone}} |
    | {{t.catalog}} | {{report.header.catalogVersion}} |
    | {{t.generated}} | {{words.generated}} |

    """
}
