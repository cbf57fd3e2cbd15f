/// The page templates of `patuh buka` (each renders the page's `<main>`): every word is
/// `{{t.KEY}}` of the message catalog; every link carries `{{q}}` (`?lang=en` in English); every
/// form carries the session's CSRF token; no script.
enum LocalTemplates {
    static let all: [String: String] = [
        "style": style, "refusal": refusal, "ringkasan": ringkasan, "standards": standards, "standard": standard,
        "control": control, "upload": upload, "confirm": confirm, "report": report, "send": send,
    ]

    /// What the local pages add to the shared stylesheet: the chart and the control page's columns.
    static let style = """
    <style>
    .chart-table { width: 100%; max-width: 60rem; border-collapse: collapse; }
    .chart-table td { padding: .15rem .4rem; border: 0; }
    .chart-table td.id { width: 3.5rem; font-weight: bold; }
    .chart-table td.name { width: 22rem; font-size: .85rem; }
    .chart-table td.track { position: relative; background: #f1f3f4; min-width: 12rem; height: 1.1rem; padding: 0; }
    .chart-table .bar { height: 1.1rem; }
    .chart-table .bar.ok { background: #1b7f3b; } .chart-table .bar.no { background: #b3261e; }
    .chart-table .line { position: absolute; top: -2px; bottom: -2px; border-left: 2px dashed #1f2328; }
    .chart-table td.value { width: 10rem; white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
    .columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; }
    @media (max-width: 60rem) { .columns { grid-template-columns: minmax(0, 1fr); } }
    fieldset { border: 1px solid #d7d9dc; margin: .6rem 0; padding: .4rem .8rem; max-width: 40rem; }
    fieldset label.check { display: block; font-weight: normal; margin: .2rem 0; }
    .hint { color: #555; font-size: .85rem; margin: .1rem 0 .3rem; }
    pre.diff { background: #f6f8fa; border: 1px solid #d7d9dc; padding: .5rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; }
    .big { font-size: 1.4rem; font-weight: bold; }
    a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #0b57d0; outline-offset: 1px; }
    </style>
    """

    static let refusal = """
    {{#hasRefusal}}<div class="refused" role="alert"><p><strong>{{t.buka.refusedTitle}}</strong></p>
    <pre class="diff">{{#refusal}}{{.}}
    {{/refusal}}</pre></div>{{/hasRefusal}}
    """

    static let ringkasan = """
    {{> style}}
    <p class="big">{{headline}}</p>
    <p>{{#eligible}}{{t.buka.ringkasan.eligible}}{{/eligible}}{{^eligible}}{{t.buka.ringkasan.notEligible}}{{/eligible}}</p>
    {{#notices}}<p class="refused">{{.}}</p>{{/notices}}
    <h2>{{t.buka.ringkasan.next}}</h2>
    {{#noSteps}}<p>{{t.buka.ringkasan.noSteps}}</p>{{/noSteps}}
    <ol>{{#steps}}<li><a href="{{href}}">{{control}} {{title}}</a> — {{reason}}</li>{{/steps}}</ol>
    <h2>{{t.buka.ringkasan.chart}}</h2>
    {{#chart}}
    <table class="chart-table" aria-label="{{t.buka.ringkasan.chart}}">
    <thead><tr><th scope="col">{{t.buka.standar.id}}</th><th scope="col">{{t.buka.standar.name}}</th><th scope="col">{{t.buka.chart.bar}} ({{t.buka.chart.threshold}} {{thresholdLabel}})</th><th scope="col">{{t.buka.standar.percent}}</th></tr></thead>
    <tbody>
    {{#rows}}<tr><td class="id"><a href="{{href}}">{{id}}</a></td><td class="name">{{name}}</td>
    <td class="track"><div class="bar {{cls}}" style="width: {{width}}%" title="{{met}}"></div><div class="line" style="left: {{threshold}}%"></div></td>
    <td class="value">{{value}} <span class="mark {{cls}}">{{met}}</span></td></tr>
    {{/rows}}
    </tbody></table>
    {{/chart}}
    <div class="columns">
    <section>
    <h2>{{t.buka.ringkasan.unreviewed}}: {{unreviewedCount}}</h2>
    <p>{{#unreviewed}}<a href="{{href}}">{{control}}</a> {{/unreviewed}}</p>
    <h2>{{t.buka.ringkasan.problems}}: {{evidenceProblems}}</h2>
    <p>{{t.buka.ringkasan.failing}}: {{failingProblems}}</p>
    <ul>{{#problems}}<li>{{kind}}: {{count}}</li>{{/problems}}</ul>
    </section>
    <section>
    <h2>{{t.buka.ringkasan.claims}}</h2>
    {{#noClaims}}<p>{{t.buka.ringkasan.noClaims}}</p>{{/noClaims}}
    <ul>{{#claims}}<li><a href="{{href}}">{{control}} {{title}}</a> ({{rules}})</li>{{/claims}}</ul>
    </section>
    </div>
    """

    static let standards = """
    {{> style}}
    <table>
    <thead><tr><th scope="col">{{t.buka.standar.id}}</th><th scope="col">{{t.buka.standar.name}}</th><th scope="col">{{t.buka.standar.percent}}</th><th scope="col">{{t.buka.standar.result}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td><a href="{{href}}">{{id}}</a></td><td><a href="{{href}}">{{name}}</a></td><td>{{percent}}</td><td><span class="mark {{cls}}">{{met}}</span></td></tr>{{/rows}}</tbody>
    </table>
    """

    static let standard = """
    {{> style}}
    <p><a href="{{back}}">← {{t.buka.standar.title}}</a></p>
    <p>{{purpose}}</p>
    <p>{{t.buka.standar.percent}}: <strong>{{percent}}</strong></p>
    <table>
    <thead><tr><th scope="col">{{t.buka.kontrol.id}}</th><th scope="col">{{t.buka.kontrol.name}}</th><th scope="col">{{t.buka.kontrol.status}}</th><th scope="col">{{t.buka.kontrol.evidence}}</th></tr></thead>
    <tbody>{{#controls}}<tr><td><a href="{{href}}">{{id}}</a>{{#mandatory}} <span class="mark na">{{t.buka.kontrol.mandatory}}</span>{{/mandatory}}</td>
    <td><a href="{{href}}">{{title}}</a></td><td>{{status}}{{#proposed}} <span class="mark na">{{t.buka.kontrol.proposed}}</span>{{/proposed}}</td>
    <td>{{#rules}}<span class="mark {{cls}}" title="{{rule}}">{{rule}}: {{status}}</span> {{/rules}}</td></tr>{{/controls}}</tbody>
    </table>
    """

    static let control = """
    {{> style}}
    <p><a href="{{standardHref}}">← {{standard}} {{standardName}}</a></p>
    {{#hasNotice}}<p class="notice" role="status">{{notice}}</p>{{/hasNotice}}
    {{> refusal}}
    <div class="columns">
    <section>
    <h2>{{t.buka.kontrol.requirement}}</h2>
    <p>{{requirement}}{{#mandatory}} <span class="mark na">{{t.buka.kontrol.mandatory}}</span>{{/mandatory}}</p>
    <h2>{{t.buka.kontrol.guidance}}</h2>
    <p>{{guidance}}</p>
    <h2>{{t.buka.kontrol.evidence}}</h2>
    <ul>{{#rules}}<li><strong>{{id}}</strong> <span class="mark {{cls}}">{{status}}</span><br><span class="hint">{{t.buka.kontrol.pattern}}: {{patterns}}</span>
    {{#hasMessage}}<br>{{message}}{{/hasMessage}}
    {{#files}}<br><span class="hash">{{.}}</span>{{/files}}</li>{{/rules}}</ul>
    <p><a href="{{uploadHref}}">{{t.buka.kontrol.upload}}</a></p>
    </section>
    <section>
    <h2>{{t.buka.kontrol.answer}}</h2>
    {{#proposed}}<p class="refused">{{t.buka.kontrol.proposedHint}}</p>{{/proposed}}
    <form class="stack" method="post" action="{{action}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="sha256" value="{{sha}}">
    <label for="status">{{t.buka.kontrol.status}}</label>
    <select id="status" name="status" required>
    {{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}
    </select>
    <p class="hint">{{#notApplicableAllowed}}{{t.buka.kontrol.naAllowed}}{{/notApplicableAllowed}}{{^notApplicableAllowed}}{{t.buka.kontrol.naNotAllowed}}{{/notApplicableAllowed}}</p>
    <label for="fakta">{{t.buka.kontrol.fakta}}</label>
    <p class="hint" id="fakta-hint">{{t.buka.kontrol.justificationHint}}</p>
    <textarea id="fakta" name="fakta" rows="4" aria-describedby="fakta-hint">{{fakta}}</textarea>
    <label for="analisis">{{t.buka.kontrol.analisis}}</label>
    <textarea id="analisis" name="analisis" rows="4">{{analisis}}</textarea>
    <fieldset><legend>{{t.buka.kontrol.citations}}</legend>
    {{#noCitable}}<p>{{t.buka.kontrol.noCitable}}</p>{{/noCitable}}
    {{#citable}}<label class="check" for="berkas-{{index}}"><input type="checkbox" id="berkas-{{index}}" name="berkas" value="{{file}}"{{#checked}} checked{{/checked}}> <span class="hash">{{file}}</span>{{#own}} <span class="mark ok">{{rules}}</span>{{/own}}</label>{{/citable}}
    </fieldset>
    <button type="submit">{{t.buka.kontrol.save}}</button>
    </form>
    </section>
    </div>
    """

    static let upload = """
    {{> style}}
    <p><a href="{{back}}">← {{id}} {{title}}</a></p>
    {{> refusal}}
    <form class="stack" method="post" action="{{action}}" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="aturan">{{t.buka.unggah.rule}}</label>
    <select id="aturan" name="aturan">
    <option value="">{{t.buka.unggah.ruleAuto}}</option>
    {{#rules}}<option value="{{id}}">{{id}} ({{patterns}})</option>{{/rules}}
    </select>
    <label for="tanggal">{{t.buka.unggah.date}}</label>
    <p class="hint" id="tanggal-hint">{{t.buka.unggah.dateHint}}</p>
    <input type="date" id="tanggal" name="tanggal" aria-describedby="tanggal-hint">
    <label for="berkas">{{t.buka.unggah.file}}</label>
    <p class="hint" id="berkas-hint">{{t.buka.unggah.limit}} {{limit}}</p>
    <input type="file" id="berkas" name="berkas" required aria-describedby="berkas-hint">
    <button type="submit">{{t.buka.unggah.next}}</button>
    </form>
    """

    static let confirm = """
    {{> style}}
    <p><a href="{{back}}">← {{id}}</a></p>
    {{> refusal}}
    <p>{{t.buka.unggah.received}}: <span class="hash">{{original}}</span> ({{size}})</p>
    <p>{{t.buka.unggah.folder}}: <span class="hash">{{folder}}</span></p>
    <form class="stack" method="post" action="{{action}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="unggahan" value="{{pending}}">
    <input type="hidden" name="asli" value="{{original}}">
    <input type="hidden" name="aturan" value="{{rule}}">
    <input type="hidden" name="tanggal" value="{{date}}">
    <label for="nama">{{t.buka.unggah.name}} ({{rule}})</label>
    <p class="hint" id="nama-hint">{{t.buka.unggah.nameHint}}</p>
    <input type="text" id="nama" name="nama" value="{{name}}" required aria-describedby="nama-hint">
    <fieldset><legend>{{t.buka.unggah.record}}</legend>
    <label for="nomor">{{t.buka.unggah.number}}</label>
    <input type="text" id="nomor" name="nomor" value="{{nomor}}">
    <label for="tanggal-dokumen">{{t.buka.unggah.documentDate}}</label>
    <input type="date" id="tanggal-dokumen" name="tanggal-dokumen" value="{{tanggalDokumen}}">
    <label for="berlaku-sampai">{{t.buka.unggah.validUntil}}</label>
    <input type="date" id="berlaku-sampai" name="berlaku-sampai" value="{{berlakuSampai}}">
    </fieldset>
    <fieldset><legend>{{t.buka.unggah.ratify}}</legend>
    <label class="check" for="sahkan"><input type="checkbox" id="sahkan" name="sahkan" value="1"{{#sahkan}} checked{{/sahkan}}> {{t.buka.unggah.ratifyCheck}}</label>
    <label for="penandatangan">{{t.buka.unggah.signatory}}</label>
    <input type="text" id="penandatangan" name="penandatangan" value="{{penandatangan}}">
    <label for="jabatan">{{t.buka.unggah.position}}</label>
    <input type="text" id="jabatan" name="jabatan" value="{{jabatan}}">
    <label for="tanggal-sah">{{t.buka.unggah.ratifiedOn}}</label>
    <input type="date" id="tanggal-sah" name="tanggal-sah" value="{{tanggalSah}}">
    </fieldset>
    <button type="submit">{{t.buka.unggah.save}}</button>
    </form>
    """

    static let report = """
    {{> style}}
    <p>{{t.buka.laporan.help}}</p>
    <form class="stack" method="post" action="{{action}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <button type="submit">{{t.buka.laporan.run}}</button>
    </form>
    {{#ran}}
    <p class="notice" role="status">{{t.buka.laporan.done}}</p>
    <p class="big">{{headline}}</p>
    <table>
    <thead><tr><th scope="col">{{t.buka.standar.id}}</th><th scope="col">{{t.buka.standar.name}}</th><th scope="col">{{t.buka.standar.percent}}</th><th scope="col">{{t.buka.standar.result}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td><a href="{{href}}">{{id}}</a></td><td>{{name}}</td><td>{{percent}}</td><td><span class="mark {{cls}}">{{met}}</span></td></tr>{{/rows}}</tbody>
    </table>
    {{/ran}}
    <h2>{{t.buka.laporan.downloads}}</h2>
    <ul>
    <li><a href="{{html}}">{{t.buka.laporan.view}}</a></li>
    <li><a href="{{htmlDownload}}">{{t.buka.laporan.html}}</a></li>
    {{#hasPDF}}<li><a href="{{pdf}}">{{t.buka.laporan.pdf}}</a></li>{{/hasPDF}}
    <li><a href="{{csv}}">{{t.buka.laporan.csv}}</a></li>
    </ul>
    """

    static let send = """
    {{> style}}
    <p>{{t.buka.kirim.help}}</p>
    {{> refusal}}
    {{#built}}
    <p class="notice" role="status">{{t.buka.kirim.built}} <a href="{{href}}">{{name}}</a></p>
    <p class="big">{{headline}}</p>
    <dl>
    <dt>{{t.buka.kirim.seal}}</dt><dd>#{{sealId}} <span class="hash">{{sealFile}}</span></dd>
    <dt>{{t.buka.kirim.catalog}}</dt><dd>{{catalog}}</dd>
    <dt>{{t.buka.kirim.count}}</dt><dd>{{count}}</dd>
    </dl>
    <table>
    <thead><tr><th scope="col">{{t.buka.kirim.file}}</th><th scope="col">{{t.buka.kirim.role}}</th><th scope="col">{{t.buka.kirim.size}}</th><th scope="col">SHA-256</th></tr></thead>
    <tbody>{{#files}}<tr><td class="hash">{{path}}</td><td>{{role}}</td><td>{{size}}</td><td class="hash">{{sha}}…</td></tr>{{/files}}</tbody>
    </table>
    <p><a href="{{href}}">{{t.buka.kirim.download}}</a></p>
    {{/built}}
    {{#created}}
    <p class="notice" role="status">{{t.buka.kunci.created}} <strong>{{name}}</strong></p>
    <dl>
    <dt>{{t.buka.kunci.fingerprint}}</dt><dd class="hash">{{fingerprint}}</dd>
    </dl>
    <p>{{t.buka.kunci.send}}</p>
    <pre class="hash">{{publicKey}}</pre>
    <p><a href="{{href}}">{{t.buka.kunci.download}}</a></p>
    {{/created}}
    {{#noKeys}}<p class="refused">{{t.buka.kirim.noKeys}} <span class="hash">{{keyFolder}}</span> (<code>patuh kunci buat {{lpse}}</code>)</p>
    <h2>{{t.buka.kunci.title}}</h2>
    <p>{{t.buka.kunci.help}}</p>
    <form class="stack" method="post" action="{{keyAction}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="nama">{{t.buka.kunci.name}}</label>
    <input type="text" id="nama" name="nama" value="{{keyName}}" required pattern="[A-Za-z0-9][A-Za-z0-9._-]*">
    <label for="pemilik">{{t.buka.kunci.holder}}</label>
    <input type="text" id="pemilik" name="pemilik" value="{{holder}}">
    <button type="submit">{{t.buka.kunci.submit}}</button>
    </form>
    {{/noKeys}}
    {{^noKeys}}
    <form class="stack" method="post" action="{{action}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="kunci">{{t.buka.kirim.key}}</label>
    <select id="kunci" name="kunci" required>{{#keys}}<option value="{{name}}">{{name}} ({{fingerprint}}…)</option>{{/keys}}</select>
    <label for="catatan">{{t.buka.kirim.note}}</label>
    <input type="text" id="catatan" name="catatan" value="{{note}}" required>
    <button type="submit">{{t.buka.kirim.submit}}</button>
    </form>
    {{/noKeys}}
    """
}
