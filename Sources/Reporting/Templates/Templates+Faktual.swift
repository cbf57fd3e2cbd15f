extension Templates {
    static let faktualHTML = """
    {{> head.html}}
    {{> top.html}}
    <section>
    <h2>{{t.summary}}</h2>
    <div class="cards">
    <div class="card"><div class="n">{{report.summary.mandiriTerpenuhi}} {{t.of}} {{report.summary.of}}</div><div>{{t.mandiri}}: {{t.standardsMet}}</div></div>
    <div class="card"><div class="n">{{report.summary.faktualTerpenuhi}} {{t.of}} {{report.summary.of}}</div><div>{{t.faktual}}: {{t.standardsMet}}</div></div>
    <div class="card"><div class="n">{{report.summary.rankedHigherPercent}}%</div><div>{{t.rankedHigher}}</div></div>
    </div>
    <table class="meta">
    <tr><th>{{t.mandiriDate}}</th><td>{{report.mandiriDate}}</td></tr>
    <tr><th>{{t.faktualDate}}</th><td>{{report.faktualDate}}</td></tr>
    <tr><th>{{t.calibration}}</th><td>{{t.meanDifference}}: {{report.summary.meanDifference}} · {{t.controlsCompared}}: {{report.summary.controlsCompared}}</td></tr>
    </table>
    <table>
    <thead><tr><th>{{t.standard}}</th><th class="num">{{t.mandiri}}</th><th class="num">{{t.faktual}}</th></tr></thead>
    <tbody>
    {{#report.standards}}<tr><td>{{id}} {{name}}</td><td class="num">{{mandiriPercent}}% <span class="s s-{{mandiriTerpenuhi}}">{{#mandiriTerpenuhi}}{{t.terpenuhi}}{{/mandiriTerpenuhi}}{{^mandiriTerpenuhi}}{{t.belumTerpenuhi}}{{/mandiriTerpenuhi}}</span></td><td class="num">{{faktualPercent}}% <span class="s s-{{faktualTerpenuhi}}">{{#faktualTerpenuhi}}{{t.terpenuhi}}{{/faktualTerpenuhi}}{{^faktualTerpenuhi}}{{t.belumTerpenuhi}}{{/faktualTerpenuhi}}</span></td></tr>
    {{/report.standards}}</tbody>
    </table>
    </section>

    <section>
    <h2>{{t.findings}}</h2>
    {{^report.findings}}<p class="muted">{{t.none}}</p>{{/report.findings}}
    {{^empty(report.findings)}}<table><thead><tr><th>{{t.finding}}</th><th>{{t.severity}}</th><th>{{t.detail}}</th><th>{{t.rekomendasi}}</th></tr></thead><tbody>{{/empty(report.findings)}}
    {{#report.findings}}<tr><td>{{id}}<br><span class="muted">{{control}}</span></td><td><span class="s s-{{severity}}">{{severityLabel}}</span></td><td>{{description}}</td><td>{{rekomendasi}}</td></tr>
    {{/report.findings}}
    {{^empty(report.findings)}}</tbody></table>{{/empty(report.findings)}}
    </section>

    <section>
    <h2>{{t.overrides}}</h2>
    {{^report.overrides}}<p class="muted">{{t.none}}</p>{{/report.overrides}}
    {{^empty(report.overrides)}}<table><thead><tr><th>{{t.control}}</th><th>{{t.from}}</th><th>{{t.to}}</th><th>{{t.authority}}</th><th>{{t.time}}</th><th>{{t.remark}}</th></tr></thead><tbody>{{/empty(report.overrides)}}
    {{#report.overrides}}<tr><td>{{control}}</td><td><span class="s s-{{from}}">{{from}}</span></td><td><span class="s s-{{to}}">{{to}}</span></td><td>{{authority}}</td><td>{{time}}</td><td>{{remark}}</td></tr>
    {{/report.overrides}}
    {{^empty(report.overrides)}}</tbody></table>{{/empty(report.overrides)}}
    </section>

    <section>
    <h2>{{t.sideBySide}}</h2>
    {{#report.standards}}
    <h3>{{id}} {{name}}</h3>
    <table>
    <thead><tr><th>{{t.control}}</th><th>{{t.mandiri}}</th><th>{{t.faktual}}</th><th>{{t.relation}}</th></tr></thead>
    <tbody>
    {{#controls}}<tr><td><strong>{{id}}</strong> {{title}}</td><td><span class="s s-{{mandiri}}">{{mandiriLabel}}</span></td><td><span class="s s-{{faktual}}">{{faktualLabel}}</span></td><td><span class="s s-{{relation}}">{{relationLabel}}</span></td></tr>
    {{/controls}}
    </tbody>
    </table>
    {{/report.standards}}
    </section>

    <section>
    <h2>{{t.signatures}}</h2>
    <p>{{report.header.lpse.name}}, {{report.faktualDate}}</p>
    <div class="signatures">
    {{#report.signatories}}<div class="signature"><strong>{{name}}</strong><br>{{role}}<br><span class="muted">{{institution}}</span></div>
    {{/report.signatories}}
    </div>
    </section>
    <footer>{{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}</footer>
    </body>
    </html>

    """

    static let faktualMarkdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{> top.md}}

    ## {{t.summary}}

    - {{t.mandiri}}: **{{report.summary.mandiriTerpenuhi}} {{t.of}} {{report.summary.of}}** {{t.standardsMet}} ({{report.mandiriDate}})
    - {{t.faktual}}: **{{report.summary.faktualTerpenuhi}} {{t.of}} {{report.summary.of}}** {{t.standardsMet}} ({{report.faktualDate}})
    - {{t.rankedHigher}}: {{report.summary.rankedHigherPercent}}%
    - {{t.meanDifference}}: {{report.summary.meanDifference}}; {{t.controlsCompared}}: {{report.summary.controlsCompared}}

    | {{t.standard}} | {{t.mandiri}} | {{t.faktual}} |
    |---|--:|--:|
    {{#report.standards}}
    | {{id}} {{name}} | {{mandiriPercent}}% ({{#mandiriTerpenuhi}}{{t.terpenuhi}}{{/mandiriTerpenuhi}}{{^mandiriTerpenuhi}}{{t.belumTerpenuhi}}{{/mandiriTerpenuhi}}) | {{faktualPercent}}% ({{#faktualTerpenuhi}}{{t.terpenuhi}}{{/faktualTerpenuhi}}{{^faktualTerpenuhi}}{{t.belumTerpenuhi}}{{/faktualTerpenuhi}}) |
    {{/report.standards}}

    ## {{t.findings}}

    {{^report.findings}}{{t.none}}{{/report.findings}}
    {{#report.findings}}
    - **{{id}}** ({{control}}, {{severityLabel}}): {{description}} — {{t.rekomendasi}}: {{rekomendasi}}
    {{/report.findings}}

    ## {{t.overrides}}

    {{^report.overrides}}{{t.none}}{{/report.overrides}}
    {{#report.overrides}}
    - {{control}}: {{from}} → {{to}} ({{authority}}, {{time}}): {{remark}}
    {{/report.overrides}}

    ## {{t.sideBySide}}
    {{#report.standards}}

    ### {{id}} {{name}}

    | {{t.control}} | {{t.mandiri}} | {{t.faktual}} | {{t.relation}} |
    |---|---|---|---|
    {{#controls}}
    | {{id}} {{title}} | {{mandiriLabel}} | {{faktualLabel}} | {{relationLabel}} |
    {{/controls}}
    {{/report.standards}}

    ## {{t.signatures}}

    {{#report.signatories}}
    - {{name}}, {{role}} ({{institution}}): ______________________
    {{/report.signatories}}

    ---
    {{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}

    """
}
