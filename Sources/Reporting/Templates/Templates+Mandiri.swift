extension Templates {
    static let mandiriHTML = """
    {{> head.html}}
    {{> top.html}}
    <section class="summary">
    <h2>{{t.summary}}</h2>
    {{#report.notices}}<p class="notice">{{.}}</p>
    {{/report.notices}}
    <div class="cards">
    <div class="card {{#report.summary.eligibleForCertification}}ok{{/report.summary.eligibleForCertification}}{{^report.summary.eligibleForCertification}}bad{{/report.summary.eligibleForCertification}}">
    <div class="n">{{report.summary.terpenuhi}} {{t.of}} {{report.summary.of}}</div><div>{{t.standardsMet}}</div></div>
    <div class="card"><div class="n">{{report.summary.controlsMet}} / {{report.summary.controlsAssessed}}</div><div>{{t.controlsMet}}</div></div>
    <div class="card {{^empty(report.claimsWithoutEvidence)}}bad{{/empty(report.claimsWithoutEvidence)}}"><div class="n">{{report.summary.claimsWithoutEvidence}}</div><div>{{t.claimsWithoutEvidence}}</div></div>
    </div>
    <p>{{#report.summary.eligibleForCertification}}<span class="s s-ok">{{t.eligible}}</span>{{/report.summary.eligibleForCertification}}{{^report.summary.eligibleForCertification}}<span class="s s-tidak">{{t.notEligible}}</span>{{/report.summary.eligibleForCertification}}</p>
    <table class="meta">
    <tr><th>{{t.assessmentDate}}</th><td>{{words.assessmentDate}}</td></tr>
    <tr><th>{{t.assessors}}</th><td>{{#report.assessment.assessors}}<span class="tag">{{.}}</span>{{/report.assessment.assessors}}</td></tr>
    <tr><th>{{t.source}}</th><td>{{report.assessment.source}}</td></tr>
    <tr><th>{{t.model}}</th><td>{{report.assessment.policyVersion}}</td></tr>
    <tr><th>{{t.threshold}}</th><td>{{report.assessment.thresholdPercent}}</td></tr>
    </table>
    {{#chart}}
    <h3>{{t.chartTitle}}</h3>
    <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="{{t.chartTitle}}">
    {{#bars}}<g><title>{{label}} {{name}}: {{value}}</title><text x="0" y="{{textY}}">{{label}}</text><rect x="{{barX}}" y="{{y}}" width="{{width}}" height="16" fill="{{#met}}#1b7f3b{{/met}}{{^met}}#b3261e{{/met}}"/><text x="{{valueX}}" y="{{textY}}">{{value}}</text></g>
    {{/bars}}<line x1="{{barX}}" y1="{{axisY}}" x2="{{chartRight}}" y2="{{axisY}}" stroke="#999"/>
    {{#ticks}}<text x="{{x}}" y="{{tickY}}" text-anchor="middle" fill="#5f6368">{{label}}</text>{{/ticks}}
    <line x1="{{thresholdX}}" y1="{{thresholdTop}}" x2="{{thresholdX}}" y2="{{axisY}}" stroke="#1f2328" stroke-dasharray="4 3"/>
    <text x="{{thresholdX}}" y="12" text-anchor="middle">{{thresholdLabel}}</text>
    </svg>
    {{/chart}}
    <table>
    <thead><tr><th>{{t.standard}}</th><th class="num">{{t.score}}</th><th class="num">{{t.percent}}</th><th>{{t.determination}}</th><th>{{t.mandatoryNotMet}}</th></tr></thead>
    <tbody>
    {{#report.standards}}<tr><td><a href="#{{id}}">{{id}}</a> {{name}}</td><td class="num">{{score}} / {{maximum}}</td><td class="num">{{percent}}</td><td>{{#terpenuhi}}<span class="s s-ok">{{t.terpenuhi}}</span>{{/terpenuhi}}{{^terpenuhi}}<span class="s s-tidak">{{t.belumTerpenuhi}}</span>{{/terpenuhi}}</td><td>{{#mandatoryNotMet}}<span class="tag">{{.}}</span>{{/mandatoryNotMet}}</td></tr>
    {{/report.standards}}</tbody>
    </table>
    <p class="muted">{{t.legendDetermination}}</p>
    </section>

    <section>
    <h2>{{t.claimsWithoutEvidence}}</h2>
    {{^report.claimsWithoutEvidence}}<p class="muted">{{t.noClaims}}</p>{{/report.claimsWithoutEvidence}}
    {{^empty(report.claimsWithoutEvidence)}}<table><thead><tr><th>{{t.control}}</th><th>{{t.evidenceRules}}</th></tr></thead><tbody>{{/empty(report.claimsWithoutEvidence)}}
    {{#report.claimsWithoutEvidence}}<tr><td>{{control}} {{title}}</td><td>{{#rules}}<span class="tag">{{.}}</span>{{/rules}}</td></tr>
    {{/report.claimsWithoutEvidence}}
    {{^empty(report.claimsWithoutEvidence)}}</tbody></table>{{/empty(report.claimsWithoutEvidence)}}
    </section>

    <section>
    <h2>{{t.nextSteps}}</h2>
    {{^report.nextSteps}}<p class="muted">{{t.none}}</p>{{/report.nextSteps}}
    {{^empty(report.nextSteps)}}<table class="fixed"><colgroup><col style="width:9%"><col style="width:23%"><col style="width:54%"><col style="width:14%"></colgroup><thead><tr><th class="num">{{t.priority}}</th><th>{{t.control}}</th><th>{{t.whatToDo}}</th><th class="num">{{t.gain}}</th></tr></thead><tbody>{{/empty(report.nextSteps)}}
    {{#report.nextSteps}}<tr><td class="num">{{rank}}</td><td><strong>{{control}}</strong> {{title}}<br><span class="muted">{{reason}}</span></td><td><p><strong>{{t.requirement}}:</strong> {{requirement}}</p><ul class="actions">{{#actions}}<li>{{.}}</li>{{/actions}}</ul></td><td class="gain">+{{gainPoints}}{{#completesStandard}}<br><span class="muted">{{t.completes}}</span>{{/completesStandard}}</td></tr>
    {{/report.nextSteps}}
    {{^empty(report.nextSteps)}}</tbody></table>{{/empty(report.nextSteps)}}
    </section>

    <section>
    <h2>{{t.perStandard}}</h2>
    {{#report.standards}}
    <div class="standard" id="{{id}}">
    <h3>{{id}} {{name}} — {{percent}} {{#terpenuhi}}<span class="s s-ok">{{t.terpenuhi}}</span>{{/terpenuhi}}{{^terpenuhi}}<span class="s s-tidak">{{t.belumTerpenuhi}}</span>{{/terpenuhi}}</h3>
    <table class="fixed compact">
    <colgroup><col style="width:21%"><col style="width:12%"><col style="width:48%"><col style="width:19%"></colgroup>
    <thead><tr><th>{{t.control}}</th><th>{{t.status}}</th><th>{{t.fakta}} / {{t.analisis}}</th><th>{{t.evidenceRules}}</th></tr></thead>
    <tbody>
    {{#controls}}<tr><td><strong>{{id}}</strong> {{title}}<br><span class="muted">{{t.weight}} {{weight}}{{#mandatory}} · {{t.mandatory}}{{/mandatory}}</span></td>
    <td><span class="s s-{{status}}">{{statusLabel}}</span></td>
    <td>{{fakta}}{{#analisis}} <em>{{analisis}}</em>{{/analisis}}</td>
    <td>{{#rules}}<div class="rule"><span class="s s-{{status}}">{{statusLabel}}</span> <span class="muted">{{id}}</span></div>{{/rules}}</td></tr>
    {{/controls}}
    </tbody>
    </table>
    </div>
    {{/report.standards}}
    </section>
    <footer>{{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}</footer>
    </body>
    </html>

    """

    static let mandiriMarkdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{> top.md}}

    ## {{t.summary}}

    - **{{report.summary.terpenuhi}} {{t.of}} {{report.summary.of}}** {{t.standardsMet}}
    - {{#report.summary.eligibleForCertification}}{{t.eligible}}{{/report.summary.eligibleForCertification}}{{^report.summary.eligibleForCertification}}{{t.notEligible}}{{/report.summary.eligibleForCertification}}
    - {{report.summary.controlsMet}} / {{report.summary.controlsAssessed}} {{t.controlsMet}}
    - {{t.claimsWithoutEvidence}}: {{report.summary.claimsWithoutEvidence}}
    - {{t.assessmentDate}}: {{words.assessmentDate}}; {{t.assessors}}: {{#report.assessment.assessors}}{{.}}; {{/report.assessment.assessors}}
    - {{t.model}}: {{report.assessment.policyVersion}}; {{t.threshold}}: {{report.assessment.thresholdPercent}}

    | {{t.standard}} | {{t.score}} | {{t.percent}} | {{t.determination}} | {{t.mandatoryNotMet}} |
    |---|--:|--:|---|---|
    {{#report.standards}}
    | {{id}} {{name}} | {{score}} / {{maximum}} | {{percent}} | {{#terpenuhi}}{{t.terpenuhi}}{{/terpenuhi}}{{^terpenuhi}}{{t.belumTerpenuhi}}{{/terpenuhi}} | {{#mandatoryNotMet}}{{.}} {{/mandatoryNotMet}} |
    {{/report.standards}}

    ## {{t.claimsWithoutEvidence}}

    {{^report.claimsWithoutEvidence}}{{t.noClaims}}{{/report.claimsWithoutEvidence}}
    {{#report.claimsWithoutEvidence}}
    - {{control}} {{title}}: {{#rules}}{{.}} {{/rules}}
    {{/report.claimsWithoutEvidence}}

    ## {{t.nextSteps}}

    {{^report.nextSteps}}{{t.none}}{{/report.nextSteps}}
    {{#report.nextSteps}}
    {{rank}}. **{{control}} {{title}}** — {{reason}} (+{{gainPoints}}{{#completesStandard}}, {{t.completes}}{{/completesStandard}}). {{t.requirement}}: {{requirement}}
    {{#actions}}
       - {{.}}
    {{/actions}}
    {{/report.nextSteps}}

    ## {{t.perStandard}}
    {{#report.standards}}

    ### {{id}} {{name}} — {{percent}} ({{#terpenuhi}}{{t.terpenuhi}}{{/terpenuhi}}{{^terpenuhi}}{{t.belumTerpenuhi}}{{/terpenuhi}})

    | {{t.control}} | {{t.status}} | {{t.fakta}} / {{t.analisis}} | {{t.evidenceRules}} |
    |---|---|---|---|
    {{#controls}}
    | {{id}} {{title}} ({{t.weight}} {{weight}}{{#mandatory}}, {{t.mandatory}}{{/mandatory}}) | {{statusLabel}} | {{fakta}} {{analisis}} | {{#rules}}{{id}}: {{statusLabel}}; {{/rules}} |
    {{/controls}}
    {{/report.standards}}

    ---
    {{t.footer}} {{report.header.patuhVersion}} · {{report.header.schema}}

    """
}
