import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Hummingbird
import NIOCore
import Paket
import Reporting
import WebSupport
import Workspace

/// The pages of `patuh buka`: each parses its input, calls the workspace's use cases and renders.
struct LocalPages {
    let app: LocalApp
    var workspace: PatuhWorkspace { app.workspace }
    var answerFile: String { app.options.answerFile }

    func register(on router: Router<WebContext>) {
        router.get("/", use: ringkasan)
        router.get("/standar", use: standards)
        router.get("/standar/:id", use: standard)
        router.get("/kontrol/:id", use: control)
        router.post("/kontrol/:id", use: saveControl)
        router.get("/kontrol/:id/unggah", use: uploadForm)
        router.post("/kontrol/:id/unggah", use: upload)
        router.post("/kontrol/:id/unggah/simpan", use: fileUpload)
        router.get("/laporan", use: reportPage)
        router.post("/laporan", use: runReport)
        router.get("/laporan/unduh/:format", use: reportFile)
        router.get("/kirim", use: sendPage)
        router.post("/kirim", use: send)
        router.get("/kirim/berkas/:name", use: paketFile)
        router.post("/kirim/kunci", use: createKey)
        router.get("/kirim/kunci/:name", use: publicKeyFile)
    }

    func words(_ context: WebContext) -> Core.Messages { Core.Messages(context.language) }

    func views(_ context: WebContext) throws -> LocalViews {
        try app.call(context.language) { () throws(WorkspaceError) in
            LocalViews(language: context.language, catalog: try workspace.catalog(), profile: try workspace.profile(), instant: workspace.now)
        }
    }

    func page(_ template: String, _ title: String, _ values: [String: Any], _ request: Request, _ context: WebContext,
              current: String, status: HTTPResponse.Status = .ok) -> Response {
        app.renderer.page(template, title: title, values: values, chrome: app.chrome(request, context, current: current), status: status)
    }

    /// The overview and its report, scored now (nothing recorded).
    func scoredNow(_ views: LocalViews, _ language: Language) throws -> (Overview, MandiriReport) {
        try app.call(language) { () throws(WorkspaceError) in
            let overview = try workspace.overview(answerFile, message: views.ruleMessage)
            let report = views.mandiri(overview.scored, evidence: overview.gate.evidence.facts(message: views.ruleMessage),
                                       policy: try workspace.scoring().policy)
            return (overview, report)
        }
    }

    // MARK: - Ringkasan

    func ringkasan(_ request: Request, _ context: WebContext) async throws -> Response {
        let views = try views(context)
        let (overview, report) = try scoredNow(views, context.language)
        let summary = Ringkasan(report: report, gate: overview.gate.result, language: context.language)
        let values: [String: Any] = [
            "headline": summary.headline, "eligible": summary.eligibleForCertification,
            "chart": views.chart(summary.standards, threshold: summary.threshold.value),
            "unreviewedCount": summary.unreviewed.count,
            "unreviewed": summary.unreviewed.map { ["control": $0, "href": "/kontrol/\($0)\(views.q)"] },
            "notices": summary.notices, "evidenceProblems": summary.evidenceProblems, "failingProblems": summary.failingProblems,
            "problems": summary.problemsByKind.sorted { $0.key < $1.key }.map { ["kind": views.problemKind($0.key), "count": $0.value] },
            "claims": summary.claimsWithoutEvidence.map(views.claim), "noClaims": summary.claimsWithoutEvidence.isEmpty,
            "steps": summary.nextSteps.map(views.nextStep), "noSteps": summary.nextSteps.isEmpty,
        ]
        return page("ringkasan", words(context).text("buka.ringkasan.title"), values, request, context, current: "ringkasan")
    }

    // MARK: - Standards

    func standards(_ request: Request, _ context: WebContext) async throws -> Response {
        let views = try views(context)
        let (_, report) = try scoredNow(views, context.language)
        return page("standards", words(context).text("buka.standar.title"), ["rows": report.standards.map(views.standard)], request, context,
                    current: "standar")
    }

    func standard(_ request: Request, _ context: WebContext) async throws -> Response {
        let views = try views(context)
        let id = (context.parameters.get("id") ?? "").uppercased()
        guard let standard = views.catalog.standards.first(where: { $0.id == id }) else { throw WebError.notFound }
        let (overview, report) = try scoredNow(views, context.language)
        let result = report.standards.first { $0.id == id }
        let findings = overview.gate.evidence.report.rules
        let controls = standard.controls.map { control -> [String: Any] in
            let answer = overview.scored.answers.answer(control.id)
            let rules = findings.filter { $0.control == control.id }
            return ["id": control.id, "title": control.title.text(context.language), "href": "/kontrol/\(control.id)\(views.q)",
                    "status": answer.map { views.status($0.status) } ?? "—", "proposed": answer?.proposed ?? false,
                    "mandatory": control.mandatory,
                    "rules": rules.map { ["rule": $0.rule, "status": views.ruleStatus($0.status), "cls": views.ruleClass($0.status)] }]
        }
        let values: [String: Any] = [
            "id": standard.id, "name": standard.name.text(context.language), "purpose": standard.purpose.text(context.language),
            "percent": result.map { NumberText.percent($0.percent.value, context.language) } ?? "—",
            "met": result?.terpenuhi ?? false, "controls": controls, "back": "/standar\(views.q)",
        ]
        return page("standard", "\(standard.id) \(standard.name.text(context.language))", values, request, context, current: "standar")
    }

    // MARK: - Control and its answer

    /// What the form shows when it is not the answer on disk: the values a person typed.
    struct Typed {
        var status: String
        var fakta: String
        var analisis: String
        var files: Set<String>
    }

    func control(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = (context.parameters.get("id") ?? "").uppercased()
        let parameters = request.uri.queryParameters
        var notice: String?
        if parameters["disimpan"] != nil { notice = words(context).text("buka.kontrol.saved") }
        if let name = parameters["diunggah"].map(String.init) {
            notice = words(context).text("buka.unggah.filed", ["name": name.removingPercentEncoding ?? name])
        }
        return try controlPage(id, request, context, typed: nil, notice: notice, refusal: nil, status: .ok)
    }

    func controlPage(_ id: String, _ request: Request, _ context: WebContext, typed: Typed?, notice: String?, refusal: [String]?,
                     status: HTTPResponse.Status) throws -> Response {
        let views = try views(context)
        let language = context.language
        guard views.catalog.control(id) != nil else { throw WebError.notFound }
        let (form, check) = try app.call(language) { () throws(WorkspaceError) in
            let check = try workspace.checkEvidence()
            return (try workspace.controlForm(answerFile, control: id, scan: check.scan), check)
        }
        let answer = form.answer
        let cited = typed?.files ?? Set((answer?.evidence ?? []).compactMap { citation -> String? in
            if case .file(let file) = citation { return file }
            return nil
        })
        let chosen = typed?.status ?? answer?.status.rawValue ?? ""
        let rules = form.control.evidenceRules.map { rule -> [String: Any] in
            let finding = check.report.rules.first { $0.rule == rule.id }
            return ["id": rule.id, "patterns": rule.patterns.joined(separator: ", "),
                    "status": finding.map { views.ruleStatus($0.status) } ?? "—", "cls": finding.map { views.ruleClass($0.status) } ?? "na",
                    "message": finding.flatMap(views.ruleMessage) ?? "", "hasMessage": finding.flatMap(views.ruleMessage) != nil,
                    "files": (finding?.files ?? []).map { $0.description }]
        }
        let values: [String: Any] = [
            "id": form.control.id, "title": form.control.title.text(language),
            "standard": form.standard.id, "standardName": form.standard.name.text(language), "standardHref": "/standar/\(form.standard.id)\(views.q)",
            "requirement": form.control.requirement.text(language), "guidance": form.control.guidance.text(language),
            "mandatory": form.control.mandatory, "rules": rules,
            "statuses": form.statuses.map { ["value": $0.rawValue, "label": views.status($0), "selected": $0.rawValue == chosen] as [String: Any] },
            "notApplicableAllowed": form.notApplicableAllowed,
            "fakta": typed?.fakta ?? answer?.justification?.fakta ?? "", "analisis": typed?.analisis ?? answer?.justification?.analisis ?? "",
            "citable": form.citable.enumerated().map { index, file -> [String: Any] in
                ["index": index, "file": file.file, "rules": file.rules.joined(separator: ", "), "checked": cited.contains(file.file), "own": file.ofControl]
            },
            "noCitable": form.citable.isEmpty, "sha": form.sha256, "proposed": answer?.proposed ?? false,
            "action": "/kontrol/\(form.control.id)\(views.q)", "uploadHref": "/kontrol/\(form.control.id)/unggah\(views.q)",
            "notice": notice ?? "", "hasNotice": notice != nil, "refusal": refusal ?? [], "hasRefusal": refusal != nil,
        ]
        return page("control", "\(form.control.id) \(form.control.title.text(language))", values, request, context, current: "standar",
                     status: status)
    }

    func saveControl(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = (context.parameters.get("id") ?? "").uppercased()
        let form = try await app.form(request, context)
        let typed = Typed(status: form.value("status") ?? "", fakta: form.fields["fakta"]?.first ?? "",
                          analisis: form.fields["analisis"]?.first ?? "", files: Set(form.fields["berkas"] ?? []))
        guard let status = ControlStatus(rawValue: typed.status) else {
            return try controlPage(id, request, context, typed: typed, notice: nil,
                                   refusal: [words(context).text("buka.kontrol.noStatus")], status: .badRequest)
        }
        let change = AnswerChange(control: id, status: status, fakta: typed.fakta, analisis: typed.analisis,
                                  files: (form.fields["berkas"] ?? []).sorted())
        let sha = form.value("sha256") ?? ""
        do {
            _ = try app.serial.run { () throws(WorkspaceError) in try workspace.saveAnswer(answerFile, change, expectedSHA256: sha) }
        } catch {
            let code: HTTPResponse.Status = error.key.hasPrefix("edit.answer.conflict") ? .conflict : .unprocessableContent
            return try controlPage(id, request, context, typed: typed, notice: nil, refusal: error.lines(context.language), status: code)
        }
        let q = context.language == .en ? "&lang=en" : ""
        return Response(status: .seeOther, headers: [.location: "/kontrol/\(id)?disimpan=1\(q)"])
    }

    // MARK: - Upload

    func uploadForm(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = (context.parameters.get("id") ?? "").uppercased()
        return try uploadChoosePage(id, request, context, refusal: nil, status: .ok)
    }

    func uploadChoosePage(_ id: String, _ request: Request, _ context: WebContext, refusal: [String]?,
                          status: HTTPResponse.Status) throws -> Response {
        let views = try views(context)
        guard let found = views.catalog.control(id) else { throw WebError.notFound }
        let rules = found.control.evidenceRules.filter { !$0.patterns.isEmpty }
        let values: [String: Any] = [
            "id": id, "title": found.control.title.text(context.language), "back": "/kontrol/\(id)\(views.q)",
            "action": "/kontrol/\(id)/unggah\(views.q)",
            "rules": rules.map { ["id": $0.id, "patterns": $0.patterns.joined(separator: ", ")] },
            "limit": views.size(app.options.uploadLimit), "refusal": refusal ?? [], "hasRefusal": refusal != nil,
        ]
        return page("upload", words(context).text("buka.unggah.title", ["control": id]), values, request, context,
                    current: "standar", status: status)
    }

    func upload(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = (context.parameters.get("id") ?? "").uppercased()
        let form = try await app.form(request, context, files: 1)
        guard let file = form.files.first, file.size > 0 else {
            form.removeFiles()
            return try uploadChoosePage(id, request, context, refusal: [words(context).text("buka.unggah.noFile")], status: .badRequest)
        }
        let date = form.value("tanggal").flatMap(CivilDate.init(iso:))
        let rule = form.value("aturan")
        let proposal: NameProposal
        do {
            proposal = try app.serial.run { () throws(WorkspaceError) in
                try workspace.proposeName(control: id, originalName: file.fileName, rule: rule, date: date)
            }
        } catch {
            form.removeFiles()
            return try uploadChoosePage(id, request, context, refusal: error.lines(context.language), status: .badRequest)
        }
        let pending = Pending(id: (file.path as NSString).lastPathComponent, original: file.fileName, rule: proposal.rule.id,
                              date: date?.description ?? "", name: proposal.name, size: file.size)
        return try confirmPage(id, pending, folder: proposal.folder, request, context, typed: [:], refusal: nil, status: .ok)
    }

    /// An upload waiting for its name to be confirmed.
    struct Pending {
        var id: String
        var original: String
        var rule: String
        var date: String
        var name: String
        var size: Int64
    }

    func confirmPage(_ id: String, _ pending: Pending, folder: String, _ request: Request, _ context: WebContext,
                     typed: [String: String], refusal: [String]?, status: HTTPResponse.Status) throws -> Response {
        let views = try views(context)
        let values: [String: Any] = [
            "id": id, "pending": pending.id, "original": pending.original, "rule": pending.rule, "date": pending.date,
            "name": typed["nama"] ?? pending.name, "folder": folder, "size": views.size(pending.size),
            "nomor": typed["nomor"] ?? "", "tanggalDokumen": typed["tanggal-dokumen"] ?? pending.date,
            "berlakuSampai": typed["berlaku-sampai"] ?? "", "sahkan": typed["sahkan"] != nil,
            "penandatangan": typed["penandatangan"] ?? "", "jabatan": typed["jabatan"] ?? "", "tanggalSah": typed["tanggal-sah"] ?? "",
            "action": "/kontrol/\(id)/unggah/simpan\(views.q)", "back": "/kontrol/\(id)\(views.q)",
            "refusal": refusal ?? [], "hasRefusal": refusal != nil,
        ]
        return page("confirm", words(context).text("buka.unggah.confirmTitle", ["control": id]), values, request, context,
                    current: "standar", status: status)
    }

    func fileUpload(_ request: Request, _ context: WebContext) async throws -> Response {
        let id = (context.parameters.get("id") ?? "").uppercased()
        let form = try await app.form(request, context)
        let pendingId = form.value("unggahan") ?? ""
        // Only a name the upload step made: `unggah-` and 24 hexadecimal digits, never a path.
        guard pendingId.hasPrefix("unggah-"), pendingId.count == 31,
              pendingId.dropFirst(7).allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw WebError(.badRequest, "buka.unggah.expired")
        }
        let path = (app.uploadFolder as NSString).appendingPathComponent(pendingId)
        guard let data = FileManager.default.contents(atPath: path) else { throw WebError(.badRequest, "buka.unggah.expired") }
        var typed: [String: String] = [:]
        for key in ["nama", "nomor", "tanggal-dokumen", "berlaku-sampai", "sahkan", "penandatangan", "jabatan", "tanggal-sah"] {
            if let value = form.fields[key]?.first { typed[key] = value }
        }
        let pending = Pending(id: pendingId, original: form.fields["asli"]?.first ?? "", rule: form.value("aturan") ?? "",
                              date: form.value("tanggal") ?? "", name: typed["nama"] ?? "", size: Int64(data.count))
        let language = context.language
        func refuse(_ lines: [String]) throws -> Response {
            let folder = (try? app.serial.run { () throws(WorkspaceError) in
                try workspace.proposeName(control: id, originalName: pending.original, rule: pending.rule).folder
            }) ?? ""
            return try confirmPage(id, pending, folder: folder, request, context, typed: typed, refusal: lines, status: .unprocessableContent)
        }
        var invalid: [String] = []
        func day(_ key: String) -> CivilDate? {
            guard let text = form.value(key) else { return nil }
            guard let date = CivilDate(iso: text) else {
                invalid.append(Core.Messages(language).text("buka.unggah.badDate", ["value": text]))
                return nil
            }
            return date
        }
        let documentDate = day("tanggal-dokumen"), validUntil = day("berlaku-sampai"), ratifiedOn = day("tanggal-sah")
        let date = day("tanggal")
        var ratification: Ratification?
        if form.value("sahkan") != nil {
            guard let name = form.value("penandatangan"), let position = form.value("jabatan") else {
                return try refuse([words(context).text("buka.unggah.signatoryMissing")])
            }
            ratification = Ratification(name: name, position: position, date: ratifiedOn)
        }
        guard invalid.isEmpty else { return try refuse(invalid) }
        let record = DocumentRecord(number: form.value("nomor"), date: documentDate, validUntil: validUntil)
        let upload = UploadRequest(control: id, originalName: pending.original, bytes: [UInt8](data), rule: pending.rule.isEmpty ? nil : pending.rule,
                                   date: date, name: form.value("nama"), record: record.isEmpty ? nil : record, ratification: ratification)
        let filed: FiledDocument
        do {
            filed = try app.serial.run { () throws(WorkspaceError) in try workspace.fileDocument(upload) }
        } catch {
            return try refuse(error.lines(language))
        }
        try? FileManager.default.removeItem(atPath: path)
        let name = (filed.path as NSString).lastPathComponent
        let q = language == .en ? "&lang=en" : ""
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return Response(status: .seeOther, headers: [.location: "/kontrol/\(id)?diunggah=\(encoded)\(q)"])
    }

    // MARK: - Laporan

    func reportPage(_ request: Request, _ context: WebContext) async throws -> Response {
        try reportView(request, context, report: nil)
    }

    func reportView(_ request: Request, _ context: WebContext, report: MandiriReport?) throws -> Response {
        let views = try views(context)
        var values: [String: Any] = [
            "action": "/laporan\(views.q)", "ran": report != nil,
            "html": "/laporan/unduh/html\(views.q)", "htmlDownload": "/laporan/unduh/html?unduh=1\(views.qa)", "csv": "/laporan/unduh/csv\(views.q)",
            "pdf": "/laporan/unduh/pdf\(views.q)", "hasPDF": app.options.pdf != nil,
        ]
        if let report {
            let summary = report.summary
            values["headline"] = Core.Messages(context.language).text("ringkasan.headline", [
                "terpenuhi": String(summary.terpenuhi), "of": String(summary.of), "threshold": report.assessment.thresholdPercent.description,
            ])
            values["eligible"] = summary.eligibleForCertification
            values["rows"] = report.standards.map(views.standard)
        }
        return page("report", words(context).text("buka.laporan.title"), values, request, context, current: "laporan")
    }

    /// Runs the main job as `patuh nilai` does: scan, score, record the result in the history.
    func runReport(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try await app.form(request, context)
        let views = try views(context)
        let report = try app.call(context.language) { () throws(WorkspaceError) in
            let assessed = try workspace.assess(answerFile, message: views.ruleMessage)
            return views.mandiri(assessed.scored, evidence: assessed.evidence.facts(message: views.ruleMessage),
                                 policy: try workspace.scoring().policy)
        }
        return try reportView(request, context, report: report)
    }

    func reportFile(_ request: Request, _ context: WebContext) async throws -> Response {
        let format = context.parameters.get("format") ?? ""
        let views = try views(context)
        let (_, report) = try scoredNow(views, context.language)
        let base = "penilaian-mandiri-\(views.profile.id)-\(views.today)\(context.language == .en ? "-en" : "")"
        let body: Data, type: String, name: String
        switch format {
        case "html":
            body = Data(try ReportRenderer().render(report, as: .html).utf8)
            (type, name) = ("text/html; charset=utf-8", base + ".html")
        case "csv":
            guard let text = CSVRenderer().render(report) else { throw WebError.notFound }
            body = Data(text.utf8)
            (type, name) = ("text/csv; charset=utf-8", base + ".csv")
        case "pdf":
            guard let convert = app.options.pdf else { throw WebError(.notFound, "buka.laporan.noPDF") }
            let html = try ReportRenderer().render(report, as: .html)
            do { body = try convert(html) } catch { throw WebError(.internalServerError, "buka.laporan.pdfFailed", detail: ["\(error)"]) }
            (type, name) = ("application/pdf", base + ".pdf")
        default:
            throw WebError.notFound
        }
        let disposition = format == "html" && request.uri.queryParameters["unduh"] == nil ? "inline" : "attachment"
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(disposition); filename=\"\(name)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    // MARK: - Kirim

    func sendPage(_ request: Request, _ context: WebContext) async throws -> Response {
        try sendView(request, context, built: nil, refusal: nil, status: .ok)
    }

    func sendView(_ request: Request, _ context: WebContext, built: (path: String, manifest: PaketManifest, seal: SealReceipt)?,
                  refusal: [String]?, status: HTTPResponse.Status, created: (name: String, record: KeyRecord)? = nil) throws -> Response {
        let views = try views(context)
        let keys = try app.call(context.language) { () throws(WorkspaceError) in try workspace.signingKeys(store: app.options.keyStore) }
        var values: [String: Any] = [
            "action": "/kirim\(views.q)", "keys": keys.map { ["name": $0.name, "fingerprint": String($0.record.fingerprint.prefix(16))] },
            "noKeys": keys.isEmpty, "lpse": views.profile.id, "keyFolder": app.options.keyStore.directory,
            "note": words(context).text("buka.kirim.defaultNote", ["year": String(views.today.year)]),
            "refusal": refusal ?? [], "hasRefusal": refusal != nil, "built": built != nil,
            "keyAction": "/kirim/kunci\(views.q)", "keyName": views.profile.id, "holder": views.profile.name,
        ]
        if let created {
            values["created"] = ["name": created.name, "fingerprint": created.record.fingerprint,
                                 "publicKey": created.record.text, "href": "/kirim/kunci/\(created.name).pub"]
        }
        if let built {
            let name = (built.path as NSString).lastPathComponent
            values["name"] = name
            values["href"] = "/kirim/berkas/\(name)"
            values["sealId"] = built.seal.seal
            values["sealFile"] = built.seal.sealFile ?? ""
            values["catalog"] = built.manifest.catalogVersion
            values["count"] = built.manifest.files.count
            values["files"] = built.manifest.files.map { file -> [String: Any] in
                ["path": file.path, "role": views.role(file.role), "size": views.size(file.size), "sha": String(file.sha256.prefix(16))]
            }
            let (overview, report) = try scoredNow(views, context.language)
            values["headline"] = Ringkasan(report: report, gate: overview.gate.result, language: context.language).headline
        }
        return page("send", words(context).text("buka.kirim.title"), values, request, context, current: "kirim", status: status)
    }

    /// Seals the evidence and builds the signed paket, as `patuh bukti seal` and `patuh paket buat` do.
    func send(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await app.form(request, context)
        guard let key = form.value("kunci") else {
            return try sendView(request, context, built: nil, refusal: [words(context).text("buka.kirim.noKey")], status: .badRequest)
        }
        let note = form.value("catatan") ?? words(context).text("buka.kirim.defaultNote", ["year": ""])
        let built: BuiltPaket
        do {
            built = try app.serial.run { () throws(WorkspaceError) in
                try workspace.sealAndBuildPaket(note: note, keyName: key, store: app.options.keyStore)
            }
        } catch {
            return try sendView(request, context, built: nil, refusal: error.lines(context.language), status: .unprocessableContent)
        }
        return try sendView(request, context, built: (built.path, built.manifest, built.seal), refusal: nil, status: .ok)
    }

    /// Makes this LPSE's signing key pair, as `patuh kunci buat NAME --pemilik HOLDER` does: the private
    /// key stays in the key folder (0600, never in the workspace); the page shows the public key and
    /// its fingerprint to send to LKPP.
    func createKey(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await app.form(request, context)
        let name = form.value("nama") ?? ""
        let holder = form.value("pemilik").flatMap { $0.isEmpty ? nil : $0 }
        let record: KeyRecord
        do {
            record = try app.serial.run { () throws(WorkspaceError) in
                try workspace.createKey(name: name, role: .lpse, lpse: nil, holder: holder, store: app.options.keyStore)
            }
        } catch {
            return try sendView(request, context, built: nil, refusal: error.lines(context.language), status: .unprocessableContent)
        }
        return try sendView(request, context, built: nil, refusal: nil, status: .ok, created: (name, record))
    }

    /// The public key of one of this LPSE's signing keys (`NAME.pub`), to send to LKPP.
    func publicKeyFile(_ request: Request, _ context: WebContext) async throws -> Response {
        let file = context.parameters.get("name") ?? ""
        let keys = try app.call(context.language) { () throws(WorkspaceError) in try workspace.signingKeys(store: app.options.keyStore) }
        guard file.hasSuffix(".pub"), let key = keys.first(where: { $0.name + ".pub" == file }) else {
            throw WebError.notFound
        }
        return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .contentDisposition: "attachment; filename=\"\(file)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: key.record.text)))
    }

    func paketFile(_ request: Request, _ context: WebContext) async throws -> Response {
        let name = context.parameters.get("name") ?? ""
        let path = try app.call(context.language) { () throws(WorkspaceError) in try workspace.builtPaket(named: name) }
        let body = try await FileIO().loadFile(path: path, context: context)
        return Response(status: .ok, headers: [.contentType: "application/zip", .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: body)
    }
}
