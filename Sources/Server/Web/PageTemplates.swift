/// The server's page templates (mustache), rendered inside WebSupport's layout. Every word is a
/// `{{t.KEY}}` of the message catalog; every link carries `{{q}}` (`?lang=en` in English); every
/// form carries the session's CSRF token; no script anywhere.
enum PageTemplates {
    static let all: [String: String] = [
        "login": login, "portfolio": portfolio, "lpse": lpse, "case": casePage, "deadlines": deadlines,
        "certificates": certificates, "upload": upload, "users": users,
    ]

    static let login = """
    {{#hasFailed}}<p class="refused" role="alert">{{failed}}</p>{{/hasFailed}}
    <form method="post" action="/masuk{{q}}" class="stack">
    <input type="hidden" name="_csrf" value="{{token}}">
    <input type="hidden" name="kembali" value="{{back}}">
    <label for="nama">{{t.web.login.username}}</label>
    <input type="text" id="nama" name="nama" autocomplete="username" required autofocus>
    <label for="sandi">{{t.web.login.password}}</label>
    <input type="password" id="sandi" name="sandi" autocomplete="current-password" required>
    <button type="submit">{{t.web.login.submit}}</button>
    </form>
    """

    static let marks = """
    {{#marks}}<span class="mark {{cls}}" title="{{title}}">{{id}}</span> {{/marks}}
    """

    /// The links to the neighbouring pages of a list in pages (``Pages/paging(_:_:page:of:words:)``).
    static let paging = """
    {{#paging}}<nav class="halaman"><p>{{#previous}}<a href="{{previous}}" rel="prev">{{previousLabel}}</a> · {{/previous}}{{label}}{{#next}} · <a href="{{next}}" rel="next">{{nextLabel}}</a>{{/next}}</p></nav>{{/paging}}
    """

    static let portfolio = """
    <form method="get" action="/portofolio" class="filters">
    {{#english}}<input type="hidden" name="lang" value="en">{{/english}}
    <label>{{t.web.portfolio.search}}<input type="text" name="cari" value="{{search}}"></label>
    <label>{{t.web.portfolio.province}}<select name="provinsi"><option value="">{{t.web.portfolio.all}}</option>{{#provinces}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/provinces}}</select></label>
    <label>{{t.web.portfolio.kind}}<select name="jenis"><option value="">{{t.web.portfolio.all}}</option>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/kinds}}</select></label>
    <label>{{t.web.portfolio.status}}<select name="status"><option value="">{{t.web.portfolio.all}}</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></label>
    <label>{{t.web.portfolio.sort}}<select name="urut">{{#sorts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sorts}}</select></label>
    <label>{{t.web.portfolio.order}}<select name="arah"><option value="naik">{{t.web.portfolio.ascending}}</option><option value="turun"{{#descending}} selected{{/descending}}>{{t.web.portfolio.descending}}</option></select></label>
    <button type="submit">{{t.web.portfolio.apply}}</button>
    </form>
    <p>{{count}} LPSE · <a href="{{csv}}">{{t.web.portfolio.csv}}</a></p>
    \(paging)
    {{#empty}}<p>{{t.web.portfolio.empty}}</p>{{/empty}}
    {{^empty}}
    <table class="portfolio">
    <thead><tr><th>{{t.web.portfolio.col.name}}</th><th>{{t.web.portfolio.col.province}}</th><th class="num">{{t.web.portfolio.col.mandiri}}</th><th class="num">{{t.web.portfolio.col.faktual}}</th>
    <th>{{t.web.portfolio.col.marks}}</th><th>{{t.web.portfolio.col.trend}}</th><th>{{t.web.portfolio.col.certified}}</th><th>{{t.web.portfolio.col.deadline}}</th><th>{{t.web.portfolio.col.cases}}</th><th>{{t.web.portfolio.col.status}}</th></tr></thead>
    <tbody>
    {{#rows}}<tr>
    <td><a href="{{href}}">{{name}}</a><br><small>{{instansi}}</small></td>
    <td>{{province}}<br><small>{{kind}}</small></td>
    <td class="num">{{mandiri}}<br><small>{{mandiriDate}}</small></td>
    <td class="num">{{faktual}}<br><small>{{faktualDate}}</small></td>
    <td class="marks">{{{marksHTML}}}</td>
    <td>{{trend}}</td>
    <td>{{certified}}</td>
    <td>{{#deadline}}<a href="{{caseHref}}"{{#overdue}} class="overdue"{{/overdue}}>{{date}}</a><br><small>{{kind}} · {{standing}}</small>{{/deadline}}</td>
    <td>{{#cases}}<a href="{{href}}">{{id}}</a> ({{stage}}) {{/cases}}</td>
    <td>{{status}}</td>
    </tr>{{/rows}}
    </tbody></table>
    \(paging)
    {{/empty}}
    """

    static let submissionRow = """
    <tr><td>{{kind}}</td><td>{{date}}</td><td>{{received}}</td><td class="num">{{score}}</td>
    <td><span class="hash" title="{{sha}}">{{shortSha}}</span></td><td>{{verification}}</td><td>{{uploader}}</td>
    <td>{{#report}}<a href="{{report}}">{{t.web.lpse.report}}</a>{{/report}}</td>
    <td><details><summary>{{fileCount}}</summary><ul>{{#files}}<li><a href="{{href}}">{{path}}</a> <span class="hash">{{sha}}</span></li>{{/files}}</ul></details></td></tr>
    """

    static let lpse = """
    <table class="meta">
    <tr><th>{{t.web.lpse.id}}</th><td>{{lpse.id}}</td></tr>
    <tr><th>{{t.web.lpse.instansi}}</th><td>{{lpse.instansi}}</td></tr>
    <tr><th>{{t.web.portfolio.province}}</th><td>{{lpse.province}}</td></tr>
    <tr><th>{{t.web.portfolio.kind}}</th><td>{{lpse.kind}}</td></tr>
    <tr><th>{{t.web.lpse.zone}}</th><td>{{lpse.zone}}</td></tr>
    </table>
    <div class="cards">
    <div class="card">{{t.web.lpse.latestMandiri}}<div class="n">{{#hasMandiri}}{{mandiri.score}}{{/hasMandiri}}{{^hasMandiri}}—{{/hasMandiri}}</div>{{#hasMandiri}}<small>{{mandiri.date}}</small>{{/hasMandiri}}</div>
    <div class="card">{{t.web.lpse.latestFaktual}}<div class="n">{{#hasFaktual}}{{faktual.score}}{{/hasFaktual}}{{^hasFaktual}}—{{/hasFaktual}}</div>{{#hasFaktual}}<small>{{faktual.date}}</small>{{/hasFaktual}}</div>
    </div>
    {{#hasMandiri}}<p>{{#mandiri}}\(marks){{/mandiri}}</p>{{/hasMandiri}}
    <h2>{{t.web.lpse.submissions}}</h2>
    {{#noSubmissions}}<p>{{t.web.lpse.noSubmissions}}</p>{{/noSubmissions}}
    {{^noSubmissions}}<table><thead><tr><th>{{t.web.lpse.kind}}</th><th>{{t.web.lpse.assessed}}</th><th>{{t.web.lpse.received}}</th><th class="num">{{t.web.lpse.score}}</th><th>SHA-256</th><th>{{t.web.lpse.verification}}</th><th>{{t.web.lpse.uploader}}</th><th>{{t.web.lpse.report}}</th><th>{{t.web.lpse.files}}</th></tr></thead>
    <tbody>{{#submissions}}\(submissionRow){{/submissions}}</tbody></table>{{/noSubmissions}}
    <h2>{{t.web.lpse.certificates}}</h2>
    {{#noCertificates}}<p>{{t.web.lpse.noCertificates}}</p>{{/noCertificates}}
    {{^noCertificates}}<table><thead><tr><th>{{t.web.certificates.standard}}</th><th>{{t.web.certificates.issued}}</th><th>{{t.web.certificates.validUntil}}</th><th>{{t.web.certificates.status}}</th><th>{{t.web.certificates.decision}}</th></tr></thead>
    <tbody>{{#certificates}}<tr><td>{{standard}}</td><td>{{issued}}</td><td>{{validUntil}}</td><td>{{status}}</td><td>{{decision}}</td></tr>{{/certificates}}</tbody></table>{{/noCertificates}}
    <h2>{{t.web.lpse.cases}}</h2>
    {{#noCases}}<p>{{t.web.lpse.noCases}}</p>{{/noCases}}
    {{^noCases}}<table><thead><tr><th>{{t.web.lpse.case}}</th><th>{{t.web.lpse.stage}}</th><th>{{t.web.lpse.caseStatus}}</th><th>{{t.web.lpse.openDeadlines}}</th><th>{{t.web.lpse.nextStep}}</th></tr></thead>
    <tbody>{{#cases}}<tr><td><a href="{{href}}">{{id}}</a></td><td>{{stage}}</td><td>{{status}}</td><td>{{#deadlines}}<span{{#overdue}} class="overdue"{{/overdue}}>{{kind}}: {{date}} ({{standing}})</span><br>{{/deadlines}}</td><td>{{next}}</td></tr>{{/cases}}</tbody></table>{{/noCases}}
    {{#staff}}
    <h2>{{t.web.lpse.openCase}}</h2>
    <form method="post" action="{{openAction}}" class="stack">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="temuan">{{t.web.lpse.findingId}}</label><input type="text" id="temuan" name="temuan" required>
    <label for="standar">{{t.web.certificates.standard}}</label><select id="standar" name="standar">{{#standards}}<option value="{{id}}">{{id}} {{name}}</option>{{/standards}}</select>
    <label for="kontrol">{{t.web.lpse.control}}</label><input type="text" id="kontrol" name="kontrol" placeholder="S12.3">
    <label for="uraian">{{t.web.lpse.description}}</label><textarea id="uraian" name="uraian" rows="3" required></textarea>
    <label for="nomor">{{t.web.lpse.noticeNumber}}</label><input type="text" id="nomor" name="nomor" required>
    <label for="ditetapkan">{{t.web.lpse.noticeDate}}</label><input type="date" id="ditetapkan" name="ditetapkan" value="{{today}}" required>
    <button type="submit">{{t.web.lpse.openCaseSubmit}}</button>
    </form>
    <h2>{{t.web.lpse.issue}}</h2>
    <form method="post" action="{{certificateAction}}" class="stack">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset><legend>{{t.web.certificates.standard}}</legend>{{#standards}}<label class="inline"><input type="checkbox" name="standar" value="{{id}}"> {{id}}</label> {{/standards}}</fieldset>
    <label for="nomor-sk">{{t.web.lpse.decisionNumber}}</label><input type="text" id="nomor-sk" name="nomor" required>
    <label for="tanggal-sk">{{t.web.lpse.noticeDate}}</label><input type="date" id="tanggal-sk" name="ditetapkan" value="{{today}}" required>
    <button type="submit">{{t.web.lpse.issueSubmit}}</button>
    </form>
    <p><small>{{t.web.lpse.revokeNote}}</small></p>
    {{/staff}}
    """

    static let casePage = """
    {{#hasNotice}}<p class="notice" role="status">{{notice}}</p>{{/hasNotice}}
    {{#refused}}<div class="refused" role="alert"><ul>{{#refusal}}<li>{{.}}</li>{{/refusal}}</ul></div>{{/refused}}
    <table class="meta">
    <tr><th>LPSE</th><td><a href="{{lpseHref}}">{{lpse}}</a></td></tr>
    <tr><th>{{t.web.lpse.stage}}</th><td>{{stage}}</td></tr>
    <tr><th>{{t.web.lpse.caseStatus}}</th><td>{{status}}</td></tr>
    </table>
    <h2>{{t.web.case.findings}}</h2>
    <ul>{{#findings}}<li>{{id}} · {{standard}} {{control}}: {{description}}</li>{{/findings}}</ul>
    <h2>{{t.web.lpse.openDeadlines}}</h2>
    <ul>{{#deadlines}}<li{{#overdue}} class="overdue"{{/overdue}}>{{kind}} ({{actor}}): {{date}} — {{standing}}</li>{{/deadlines}}</ul>
    <h2>{{t.web.lpse.nextStep}}</h2>
    <ul>{{#nextSteps}}<li>{{.}}</li>{{/nextSteps}}</ul>
    <h2>{{t.web.case.timeline}}</h2>
    <table><thead><tr><th>#</th><th>{{t.web.case.when}}</th><th>{{t.web.case.event}}</th><th>{{t.web.case.by}}</th><th>{{t.web.case.hash}}</th></tr></thead>
    <tbody>{{#timeline}}<tr><td>{{seq}}</td><td>{{at}}</td><td><strong>{{event}}</strong><br><small>{{explain}}</small></td><td>{{actor}} ({{role}})</td><td class="hash">{{hash}}</td></tr>{{/timeline}}</tbody></table>
    {{#open}}
    <h2>{{t.web.case.record}}</h2>
    <form method="post" action="{{action}}" class="stack">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="langkah">{{t.web.case.step}}</label>
    <select id="langkah" name="langkah">{{#steps}}<option value="{{value}}">{{label}}</option>{{/steps}}</select>
    <label for="tanggal">{{t.web.case.date}}</label><input type="date" id="tanggal" name="tanggal" value="{{today}}">
    <label for="teks">{{t.web.case.text}}</label><textarea id="teks" name="teks" rows="3"></textarea>
    {{#staff}}
    <label for="pilihan">{{t.web.case.choice}}</label>
    <select id="pilihan" name="pilihan"><option value="diterima">{{t.web.case.accepted}}</option><option value="ditolak">{{t.web.case.rejected}}</option>
    <option value="dikuatkan">{{t.web.case.upheld}}</option><option value="dibatalkan">{{t.web.case.cancelled}}</option></select>
    <label for="tahap">{{t.web.case.stageTo}}</label><select id="tahap" name="tahap">{{#stages}}<option value="{{.}}">{{.}}</option>{{/stages}}</select>
    <label for="nomor">{{t.web.lpse.noticeNumber}}</label><input type="text" id="nomor" name="nomor">
    {{/staff}}
    <button type="submit">{{t.web.case.submit}}</button>
    </form>
    <p><small>{{t.web.case.help}}</small></p>
    {{/open}}
    """

    static let deadlines = """
    <p>{{t.web.deadlines.asOf}} {{now}}</p>
    {{#empty}}<p>{{t.web.deadlines.empty}}</p>{{/empty}}
    \(paging)
    {{^empty}}<table><thead><tr><th>{{t.web.case.date}}</th><th>{{t.web.deadlines.kind}}</th><th>{{t.web.deadlines.who}}</th><th>{{t.web.deadlines.standing}}</th><th>{{t.web.lpse.case}}</th><th>LPSE</th><th>{{t.web.lpse.stage}}</th><th>{{t.web.deadlines.notice}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td{{#overdue}} class="overdue"{{/overdue}}>{{date}}</td><td>{{kind}}</td><td>{{actor}}</td><td>{{standing}}</td><td><a href="{{caseHref}}">{{caseId}}</a></td><td><a href="{{lpseHref}}">{{lpseName}}</a></td><td>{{stage}}</td><td>{{notice}}</td></tr>{{/rows}}</tbody></table>
    \(paging){{/empty}}
    """

    static let certificates = """
    <form method="get" action="/sertifikat" class="filters">
    {{#english}}<input type="hidden" name="lang" value="en">{{/english}}
    <label>{{t.web.certificates.within}}<input type="number" name="hari" value="{{days}}" min="0" max="3650"></label>
    <button type="submit">{{t.web.portfolio.apply}}</button>
    </form>
    {{#empty}}<p>{{t.web.certificates.empty}}</p>{{/empty}}
    {{^empty}}<table><thead><tr><th>LPSE</th><th>{{t.web.certificates.standard}}</th><th>{{t.web.certificates.issued}}</th><th>{{t.web.certificates.validUntil}}</th><th>{{t.web.certificates.status}}</th><th>{{t.web.certificates.decision}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td><a href="{{lpseHref}}">{{lpse}}</a></td><td>{{standard}}</td><td>{{issued}}</td><td>{{validUntil}}</td><td>{{status}}</td><td>{{decision}}</td></tr>{{/rows}}</tbody></table>{{/empty}}
    """

    static let upload = """
    {{#refused}}<div class="refused" role="alert"><p><strong>{{t.web.upload.refused}}</strong></p><ul>{{#refusal}}<li>{{.}}</li>{{/refusal}}</ul></div>{{/refused}}
    {{#result}}<div class="notice" role="status"><p><strong>{{t.web.upload.accepted}}</strong> <a href="{{resultHref}}">{{resultLPSE}}</a>: {{kind}}, {{score}} · <span class="hash">{{sha}}</span></p></div>{{/result}}
    <form method="post" action="{{action}}" enctype="multipart/form-data" class="stack">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="paket">{{t.web.upload.file}}</label>
    <input type="file" id="paket" name="paket" accept=".zip,application/zip" required>
    <p><small>{{t.web.upload.help}} ({{t.web.upload.limit}} {{limit}})</small></p>
    <button type="submit">{{t.web.upload.submit}}</button>
    </form>
    """

    static let users = """
    <table><thead><tr><th>{{t.web.login.username}}</th><th>{{t.web.users.name}}</th><th>{{t.web.users.role}}</th><th>LPSE</th><th>{{t.web.users.state}}</th></tr></thead>
    <tbody>{{#users}}<tr><td>{{name}}</td><td>{{display}}</td><td>{{role}}</td><td>{{lpse}}</td><td>{{active}}</td></tr>{{/users}}</tbody></table>
    <p><small>{{t.web.users.help}}</small></p>
    <h2>{{t.web.users.audit}}</h2>
    <table><thead><tr><th>{{t.web.case.when}}</th><th>{{t.web.users.actor}}</th><th>{{t.web.users.action}}</th><th>{{t.web.users.object}}</th><th>{{t.web.users.detail}}</th></tr></thead>
    <tbody>{{#audit}}<tr><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{object}}</td><td>{{detail}}</td></tr>{{/audit}}</tbody></table>
    """
}
