extension Templates {
    static let pembinaanHTML = """
    {{> head.html}}
    {{> top.html}}
    <section>
    <h2>{{t.cases}}</h2>
    {{^report.cases}}<p class="muted">{{t.noCases}}</p>{{/report.cases}}
    {{#report.cases}}
    <h3>{{t.case}} {{id}} — <span class="s s-{{stage}}">{{stageLabel}}</span> {{#open}}({{t.open}}){{/open}}{{^open}}({{t.closed}}){{/open}}</h3>
    <p>{{t.standard}}: {{#standards}}<span class="tag">{{.}}</span>{{/standards}}</p>
    {{^empty(deadlines)}}<h4>{{t.deadlines}}</h4>
    <table class="fixed"><colgroup><col style="width:22%"><col style="width:13%"><col style="width:8%"><col style="width:13%"><col style="width:20%"><col style="width:24%"></colgroup><thead><tr><th>{{t.what}}</th><th>{{t.received}}</th><th class="num">{{t.workingDays}}</th><th>{{t.due}}</th><th>{{t.endsAt}}</th><th>{{t.skipped}}</th></tr></thead><tbody>{{/empty(deadlines)}}
    {{#deadlines}}<tr><td>{{what}}{{#overdue}} <span class="s s-expired">{{t.overdue}}</span>{{/overdue}}{{^overdue}} <span class="muted">{{stateLabel}}</span>{{/overdue}}</td><td>{{received}}</td><td class="num">{{workingDays}}</td><td><strong>{{due}}</strong></td><td>{{endsAt}}<br><span class="muted">{{t.calendarVersion}} {{calendarVersion}}</span></td><td class="muted">{{#skipped}}{{.}}<br>{{/skipped}}</td></tr>
    {{/deadlines}}
    {{^empty(deadlines)}}</tbody></table>{{/empty(deadlines)}}
    {{^empty(nextSteps)}}<ul>{{#nextSteps}}<li>{{.}}</li>{{/nextSteps}}</ul>{{/empty(nextSteps)}}
    <h4>{{t.timeline}}</h4>
    <table class="fixed"><colgroup><col style="width:5%"><col style="width:20%"><col style="width:22%"><col style="width:23%"><col style="width:30%"></colgroup><thead><tr><th class="num">#</th><th>{{t.date}}</th><th>{{t.event}}</th><th>{{t.actor}}</th><th>{{t.detail}}</th></tr></thead><tbody>
    {{#timeline}}<tr><td class="num">{{sequence}}</td><td>{{date}}<br><span class="muted">{{instant}}</span></td><td>{{eventLabel}}</td><td>{{actor}} <span class="muted">({{role}})</span></td><td>{{detail}}</td></tr>
    {{/timeline}}
    </tbody></table>
    {{/report.cases}}
    </section>
    <section>
    <h2>{{t.certificates}}</h2>
    {{^report.certificates}}<p class="muted">{{t.none}}</p>{{/report.certificates}}
    {{^empty(report.certificates)}}<table><thead><tr><th>{{t.standard}}</th><th>{{t.status}}</th><th>{{t.issued}}</th><th>{{t.validUntil}}</th></tr></thead><tbody>{{/empty(report.certificates)}}
    {{#report.certificates}}<tr><td>{{standard}}</td><td><span class="s s-{{status}}">{{statusLabel}}</span></td><td>{{issued}}</td><td>{{validUntil}}</td></tr>
    {{/report.certificates}}
    {{^empty(report.certificates)}}</tbody></table>{{/empty(report.certificates)}}
    </section>
    <footer>{{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}</footer>
    </body>
    </html>

    """

    static let pembinaanMarkdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{> top.md}}

    ## {{t.cases}}

    {{^report.cases}}{{t.noCases}}{{/report.cases}}
    {{#report.cases}}
    ### {{t.case}} {{id}} — {{stageLabel}} ({{#open}}{{t.open}}{{/open}}{{^open}}{{t.closed}}{{/open}})

    {{t.standard}}: {{#standards}}{{.}} {{/standards}}

    {{#deadlines}}
    - **{{what}}**: {{t.received}} {{received}}, {{workingDays}} {{t.workingDays}} → **{{due}}** ({{endsAt}}){{#overdue}} — {{t.overdue}}{{/overdue}}{{^overdue}} — {{stateLabel}}{{/overdue}}; {{t.skipped}}: {{#skipped}}{{.}}; {{/skipped}}
    {{/deadlines}}
    {{#nextSteps}}
    - {{.}}
    {{/nextSteps}}

    | # | {{t.date}} | {{t.event}} | {{t.actor}} | {{t.detail}} |
    |--:|---|---|---|---|
    {{#timeline}}
    | {{sequence}} | {{date}} | {{eventLabel}} | {{actor}} ({{role}}) | {{detail}} |
    {{/timeline}}

    {{/report.cases}}
    ## {{t.certificates}}

    {{^report.certificates}}{{t.none}}{{/report.certificates}}
    {{#report.certificates}}
    - {{standard}}: {{statusLabel}} ({{t.issued}} {{issued}}, {{t.validUntil}} {{validUntil}})
    {{/report.certificates}}

    ---
    {{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}

    """
}
