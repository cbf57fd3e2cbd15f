extension Templates {
    static let buktiHTML = """
    {{> head.html}}
    {{> top.html}}
    <section>
    <h2>{{t.summary}}</h2>
    <div class="cards">
    {{#report.summary}}<div class="card"><div class="n">{{count}}</div><div><span class="s s-{{status}}">{{label}}</span></div></div>
    {{/report.summary}}
    </div>
    </section>
    <section>
    <h2>{{t.matrix}}</h2>
    <table>
    <thead><tr><th>{{t.standard}}</th><th>{{t.evidenceRules}}</th></tr></thead>
    <tbody>
    {{#report.standards}}<tr><td><strong>{{id}}</strong> {{name}}{{#allOk}}<br><span class="muted">{{t.allOk}}</span>{{/allOk}}</td><td>{{#rules}}{{^allOk}}<div><span class="s s-{{status}}">{{statusLabel}}</span> {{label}}</div>{{/allOk}}{{/rules}}</td></tr>
    {{/report.standards}}
    </tbody>
    </table>
    </section>
    <section>
    <h2>{{t.evidenceRules}}</h2>
    <table>
    <thead><tr><th>{{t.rule}}</th><th>{{t.status}}</th><th>{{t.files}}</th><th>{{t.message}}</th></tr></thead>
    <tbody>
    {{#report.standards}}{{#rules}}<tr><td>{{label}}<br><span class="muted">{{id}}</span></td><td><span class="s s-{{status}}">{{statusLabel}}</span></td><td class="files">{{#files}}{{.}}<br>{{/files}}</td><td>{{message}}</td></tr>
    {{/rules}}{{/report.standards}}
    </tbody>
    </table>
    </section>
    <section>
    <h2>{{t.strayFiles}}</h2>
    {{^report.strayFiles}}<p class="muted">{{t.none}}</p>{{/report.strayFiles}}
    {{^empty(report.strayFiles)}}<table><thead><tr><th>{{t.path}}</th><th>{{t.status}}</th><th>{{t.message}}</th></tr></thead><tbody>{{/empty(report.strayFiles)}}
    {{#report.strayFiles}}<tr><td class="files">{{path}}</td><td><span class="s s-{{status}}">{{label}}</span></td><td>{{message}}</td></tr>
    {{/report.strayFiles}}
    {{^empty(report.strayFiles)}}</tbody></table>{{/empty(report.strayFiles)}}
    </section>
    <footer>{{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}</footer>
    </body>
    </html>

    """

    static let buktiMarkdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{> top.md}}

    ## {{t.summary}}

    {{#report.summary}}
    - {{label}}: {{count}}
    {{/report.summary}}

    ## {{t.evidenceRules}}

    | {{t.rule}} | {{t.status}} | {{t.files}} | {{t.message}} |
    |---|---|---|---|
    {{#report.standards}}
    {{#rules}}
    | {{label}} ({{id}}) | {{statusLabel}} | {{#files}}{{.}} {{/files}} | {{message}} |
    {{/rules}}
    {{/report.standards}}

    ## {{t.strayFiles}}

    {{^report.strayFiles}}{{t.none}}{{/report.strayFiles}}
    {{#report.strayFiles}}
    - {{path}}: {{label}} — {{message}}
    {{/report.strayFiles}}

    ---
    {{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}

    """
}
