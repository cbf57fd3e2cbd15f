extension Templates {
    static let faktualHTML = """
    {{> head.html}}
    {{> top.html}}
    <section>
    <h2>{{t.summary}}</h2>
    <div class="cards">
    <div class="card"><div class="n">{{report.summary.mandiriTerpenuhi}} {{t.of}} {{report.summary.of}}</div><div>{{t.mandiri}}: {{t.standardsMet}}</div></div>
    <div class="card"><div class="n">{{report.summary.faktualTerpenuhi}} {{t.of}} {{report.summary.of}}</div><div>{{t.faktual}}: {{t.standardsMet}}</div></div>
    <div class="card"><div class="n">{{report.summary.rankedHigherPercent}}</div><div>{{t.rankedHigher}}</div></div>
    </div>
    <table class="meta">
    <tr><th>{{t.mandiriDate}}</th><td>{{words.mandiriDate}}</td></tr>
    <tr><th>{{t.faktualDate}}</th><td>{{words.faktualDate}}</td></tr>
    <tr><th>{{t.calibration}}</th><td>{{t.meanDifference}}: {{report.summary.meanDifference}} · {{t.controlsCompared}}: {{report.summary.controlsCompared}}</td></tr>
    </table>
    <table class="fixed">
    <colgroup><col style="width:46%"><col style="width:12%"><col style="width:15%"><col style="width:12%"><col style="width:15%"></colgroup>
    <thead><tr><th>{{t.standard}}</th><th class="num">{{t.mandiri}}</th><th>{{t.determination}}</th><th class="num">{{t.faktual}}</th><th>{{t.determination}}</th></tr></thead>
    <tbody>
    {{#report.standards}}<tr><td>{{id}} {{name}}</td><td class="num">{{mandiriPercent}}</td><td><span class="s s-{{mandiriTerpenuhi}}">{{#mandiriTerpenuhi}}{{t.terpenuhi}}{{/mandiriTerpenuhi}}{{^mandiriTerpenuhi}}{{t.belumTerpenuhi}}{{/mandiriTerpenuhi}}</span></td><td class="num">{{faktualPercent}}</td><td><span class="s s-{{faktualTerpenuhi}}">{{#faktualTerpenuhi}}{{t.terpenuhi}}{{/faktualTerpenuhi}}{{^faktualTerpenuhi}}{{t.belumTerpenuhi}}{{/faktualTerpenuhi}}</span></td></tr>
    {{/report.standards}}</tbody>
    </table>
    <p class="muted">{{t.legendDetermination}}</p>
    </section>

    <section>
    <h2>{{t.findings}}</h2>
    {{^report.findings}}<p class="muted">{{t.none}}</p>{{/report.findings}}
    {{^empty(report.findings)}}<table class="fixed"><colgroup><col style="width:14%"><col style="width:12%"><col style="width:37%"><col style="width:37%"></colgroup><thead><tr><th>{{t.finding}}</th><th>{{t.severity}}</th><th>{{t.detail}}</th><th>{{t.rekomendasi}}</th></tr></thead><tbody>{{/empty(report.findings)}}
    {{#report.findings}}<tr><td>{{id}}<br><span class="muted">{{control}}</span></td><td><span class="s s-{{severity}}">{{severityLabel}}</span></td><td>{{description}}</td><td>{{rekomendasi}}</td></tr>
    {{/report.findings}}
    {{^empty(report.findings)}}</tbody></table>{{/empty(report.findings)}}
    </section>

    <section>
    <h2>{{t.overrides}}</h2>
    {{^report.overrides}}<p class="muted">{{t.none}}</p>{{/report.overrides}}
    {{^empty(report.overrides)}}<table class="fixed"><colgroup><col style="width:9%"><col style="width:14%"><col style="width:14%"><col style="width:19%"><col style="width:14%"><col style="width:30%"></colgroup><thead><tr><th>{{t.control}}</th><th>{{t.from}}</th><th>{{t.to}}</th><th>{{t.authority}}</th><th>{{t.time}}</th><th>{{t.remark}}</th></tr></thead><tbody>{{/empty(report.overrides)}}
    {{#report.overrides}}<tr><td>{{control}}</td><td><span class="s s-{{from}}">{{fromLabel}}</span></td><td><span class="s s-{{to}}">{{toLabel}}</span></td><td>{{authority}}</td><td>{{timeText}}</td><td>{{remark}}</td></tr>
    {{/report.overrides}}
    {{^empty(report.overrides)}}</tbody></table>{{/empty(report.overrides)}}
    </section>

    <section>
    <h2>{{t.sideBySide}}</h2>
    <p class="legend"><strong>{{t.legend}}:</strong> <span class="s s-tone-ok">{{t.legendOk}}</span> <span class="s s-tone-partial">{{t.legendPartial}}</span> <span class="s s-tone-bad">{{t.legendBad}}</span> <span class="s s-tone-higher">{{t.legendHigher}}</span> <span class="s s-tone-none">{{t.legendNone}}</span></p>
    {{#report.standards}}
    <h3>{{id}} {{name}}</h3>
    <table class="fixed">
    <colgroup><col style="width:20%"><col style="width:34%"><col style="width:34%"><col style="width:12%"></colgroup>
    <thead><tr><th>{{t.control}}</th><th>{{t.lpseClaim}}</th><th>{{t.assessorVerdict}}</th><th>{{t.relation}}</th></tr></thead>
    <tbody>
    {{#controls}}<tr><td><strong>{{id}}</strong> {{title}}{{^empty(findings)}}<br><span class="muted">{{t.finding}}: {{/empty(findings)}}{{#findings}}{{.}} {{/findings}}{{^empty(findings)}}</span>{{/empty(findings)}}</td>
    <td><span class="s s-{{mandiri}}">{{mandiriLabel}}</span>{{#mandiriFakta}}<p><strong>{{t.fakta}}:</strong> {{mandiriFakta}}</p>{{/mandiriFakta}}{{#mandiriAnalisis}}<p><strong>{{t.analisis}}:</strong> {{mandiriAnalisis}}</p>{{/mandiriAnalisis}}</td>
    <td><span class="s s-{{faktual}}">{{faktualLabel}}</span>{{#faktualFakta}}<p><strong>{{t.fakta}}:</strong> {{faktualFakta}}</p>{{/faktualFakta}}{{#faktualAnalisis}}<p><strong>{{t.analisis}}:</strong> {{faktualAnalisis}}</p>{{/faktualAnalisis}}</td>
    <td><span class="s s-tone-{{tone}}">{{relationLabel}}</span></td></tr>
    {{/controls}}
    </tbody>
    </table>
    {{/report.standards}}
    </section>

    <section class="signatures">
    <h2>{{t.signatures}}</h2>
    <p>{{words.signPlace}}, {{words.faktualDate}}</p>
    {{#report.signatories}}<div class="signature"><div>{{role}}</div><div class="muted">{{institution}}</div><div class="space"></div><div><strong>{{name}}</strong></div>{{#nip}}<div>{{t.nip}} {{nip}}</div>{{/nip}}</div>
    {{/report.signatories}}
    </section>
    <footer>{{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}</footer>
    </body>
    </html>

    """

    static let faktualMarkdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{> top.md}}

    ## {{t.summary}}

    - {{t.mandiri}}: **{{report.summary.mandiriTerpenuhi}} {{t.of}} {{report.summary.of}}** {{t.standardsMet}} ({{words.mandiriDate}})
    - {{t.faktual}}: **{{report.summary.faktualTerpenuhi}} {{t.of}} {{report.summary.of}}** {{t.standardsMet}} ({{words.faktualDate}})
    - {{t.rankedHigher}}: {{report.summary.rankedHigherPercent}}
    - {{t.meanDifference}}: {{report.summary.meanDifference}}; {{t.controlsCompared}}: {{report.summary.controlsCompared}}

    | {{t.standard}} | {{t.mandiri}} | {{t.faktual}} |
    |---|--:|--:|
    {{#report.standards}}
    | {{id}} {{name}} | {{mandiriPercent}} ({{#mandiriTerpenuhi}}{{t.terpenuhi}}{{/mandiriTerpenuhi}}{{^mandiriTerpenuhi}}{{t.belumTerpenuhi}}{{/mandiriTerpenuhi}}) | {{faktualPercent}} ({{#faktualTerpenuhi}}{{t.terpenuhi}}{{/faktualTerpenuhi}}{{^faktualTerpenuhi}}{{t.belumTerpenuhi}}{{/faktualTerpenuhi}}) |
    {{/report.standards}}

    ## {{t.findings}}

    {{^report.findings}}{{t.none}}{{/report.findings}}
    {{#report.findings}}
    - **{{id}}** ({{control}}, {{severityLabel}}): {{description}} — {{t.rekomendasi}}: {{rekomendasi}}
    {{/report.findings}}

    ## {{t.overrides}}

    {{^report.overrides}}{{t.none}}{{/report.overrides}}
    {{#report.overrides}}
    - {{control}}: {{fromLabel}} → {{toLabel}} ({{authority}}, {{timeText}}): {{remark}}
    {{/report.overrides}}

    ## {{t.sideBySide}}
    {{#report.standards}}

    ### {{id}} {{name}}

    | {{t.control}} | {{t.lpseClaim}} | {{t.assessorVerdict}} | {{t.relation}} |
    |---|---|---|---|
    {{#controls}}
    | {{id}} {{title}} {{#findings}}({{.}}) {{/findings}}| **{{mandiriLabel}}** {{mandiriFakta}} {{mandiriAnalisis}} | **{{faktualLabel}}** {{faktualFakta}} {{faktualAnalisis}} | {{relationLabel}} |
    {{/controls}}
    {{/report.standards}}

    ## {{t.signatures}}

    {{words.signPlace}}, {{words.faktualDate}}

    {{#report.signatories}}
    - {{role}}, {{institution}}: ______________________ **{{name}}**{{#nip}} ({{t.nip}} {{nip}}){{/nip}}
    {{/report.signatories}}

    ---
    {{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}

    """
}
