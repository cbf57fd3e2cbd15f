import Catalog
import Core
import Store
import Foundation
import Hummingbird
import NIOCore
import Pembinaan
import Portfolio
import Reporting
import WebSupport
import Workspace

/// The HTML pages: each parses its input, calls one use case of ``LKPPService`` and renders.
struct Pages {
    let app: ServerApp
    var service: LKPPService { app.service }

    func register(on router: Router<WebContext>) {
        router.get("/") { request, context -> Response in
            Response(status: .seeOther, headers: [.location: "/portofolio" + (context.language == .en ? "?lang=en" : "")])
        }
        router.get("/masuk", use: loginPage)
        router.post("/masuk", use: login)
        router.post("/keluar", use: logout)
        router.get("/portofolio", use: portfolio)
        router.get("/portofolio.csv", use: portfolioCSV)
        router.get("/lpse/:id", use: lpse)
        router.get("/lpse/:id/laporan/:sha", use: report)
        router.get("/lpse/:id/berkas/:sha", use: file)
        router.post("/lpse/:id/kasus", use: openCase)
        router.post("/lpse/:id/sertifikat", use: issueCertificates)
        router.get("/kasus/:id", use: casePage)
        router.post("/kasus/:id/langkah", use: caseStep)
        router.get("/tenggat", use: deadlines)
        router.get("/sertifikat", use: certificates)
        router.get("/unggah", use: uploadPage)
        router.post("/unggah", use: upload)
        router.get("/pengguna", use: users)
    }

    func words(_ context: WebContext) -> Core.Messages { Core.Messages(context.language) }
    func views(_ context: WebContext) -> Views { Views(language: context.language) }

    // MARK: - Login

    /// The pre-login cookie and form field: a double-submitted token so the login form carries a CSRF token too.
    static let loginCookie = "patuh_masuk"

    func loginPage(_ request: Request, _ context: WebContext) async throws -> Response {
        if context.session != nil, (try? await app.user(request, context)) != nil {
            return Response(status: .seeOther, headers: [.location: "/portofolio" + (context.language == .en ? "?lang=en" : "")])
        }
        return loginForm(request, context, failed: nil)
    }

    func loginForm(_ request: Request, _ context: WebContext, failed: String?, status: HTTPResponse.Status = .ok) -> Response {
        let token = Tokens.random()
        let back = request.uri.queryParameters["kembali"].map(String.init) ?? ""
        var response = app.renderer.page("login", title: words(context).text("web.login.title"),
                                         values: ["token": token, "back": back, "failed": failed ?? "", "hasFailed": failed != nil],
                                         chrome: app.chrome(request, context, user: nil, current: ""), status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, maxAge: 3600, path: "/masuk", secure: app.options.secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    func login(_ request: Request, _ context: WebContext) async throws -> Response {
        let cookie = request.cookies[Self.loginCookie]?.value ?? ""
        let form = try await FormReader.read(request, csrf: Tokens.isToken(cookie) ? cookie : Tokens.random(),
                                             limits: FormLimits(files: 0), temporaryDirectory: service.paths.temporary)
        let username = form.value("nama") ?? ""
        let password = form.fields["sandi"]?.first ?? ""
        let outcome = try await service.login(username: username, password: password, address: context.remoteAddress,
                                              previous: context.session?.tokenHash)
        switch outcome {
        case .throttled:
            throw WebError(.tooManyRequests, "web.error.throttled")
        case .refused:
            return loginForm(request, context, failed: words(context).text("web.login.failed"), status: .unauthorized)
        case .success(_, let token, _):
            var target = form.value("kembali") ?? ""
            // Only a path on this site: never an address elsewhere.
            if !target.hasPrefix("/") || target.hasPrefix("//") || target.contains("\\") { target = "/portofolio" + (context.language == .en ? "?lang=en" : "") }
            var response = Response(status: .seeOther, headers: [.location: target])
            response.setCookie(app.cookies.cookie(token: token))
            response.setCookie(Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/masuk", secure: app.options.secureCookies,
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    func logout(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        _ = try await app.form(request, context)
        if let session = context.session { try await service.logout(tokenHash: session.tokenHash, actor: user.username) }
        var response = Response(status: .seeOther, headers: [.location: "/masuk" + (context.language == .en ? "?lang=en" : "")])
        response.setCookie(app.cookies.expired())
        return response
    }

    // MARK: - Portfolio

    static func query(_ request: Request) -> PortfolioQuery {
        let parameters = request.uri.queryParameters
        func value(_ name: String) -> String? {
            guard let text = parameters[Substring(name)].map(String.init)?.removingPercentEncoding?.replacingOccurrences(of: "+", with: " "),
                  !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return text.trimmingCharacters(in: .whitespaces)
        }
        return PortfolioQuery(province: value("provinsi"), instansiKind: value("jenis"), status: value("status"), search: value("cari"),
                              sort: value("urut").flatMap(PortfolioQuery.Sort.init(rawValue:)) ?? .lpse, descending: value("arah") == "turun")
    }

    func portfolio(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let kept = try await app.cachedContent("portofolio", request, context, user: user) {
            try await portfolioContent(request, language: context.language, user: user)
        }
        return app.renderer.page(kept, chrome: app.chrome(request, context, user: user, current: "portofolio"))
    }

    /// The portfolio page's `<main>`: the filters, one page of rows and the links to the others.
    func portfolioContent(_ request: Request, language: Language, user: UserAccount) async throws -> PageCache.Kept {
        let query = Self.query(request)
        let requested = request.uri.queryParameters["halaman"].flatMap { Int($0) } ?? 1
        let (page, choices) = try await app.guarded(language) {
            (try await service.portfolio(query, for: user, page: requested), try await service.filterChoices(for: user))
        }
        let rows = page.rows
        let views = Views(language: language)
        let words = Core.Messages(language)
        let statuses = ["memenuhi", "belum", "belum-menilai", "kasus"].map {
            ["value": $0, "label": views.statusLabel($0), "selected": query.status == $0] as [String: Any]
        }
        let sorts = PortfolioQuery.Sort.allCases.map { sort -> [String: Any] in
            let label = switch sort {
            case .lpse: words.text("web.portfolio.sort.lpse")
            case .mandiri: words.text("web.portfolio.sort.mandiri")
            case .faktual: words.text("web.portfolio.sort.faktual")
            case .tenggat: words.text("web.portfolio.sort.deadline")
            }
            return ["value": sort.rawValue, "label": label, "selected": query.sort == sort]
        }
        var csv = request.uri.query.map { "/portofolio.csv?" + $0 } ?? "/portofolio.csv"
        if language == .en && !csv.contains("lang=en") { csv += csv.contains("?") ? "&lang=en" : "?lang=en" }
        var values: [String: Any] = [
            "rows": rows.map(views.row), "count": page.total, "empty": rows.isEmpty,
            "provinces": choices.provinces.map { ["value": $0, "selected": query.province == $0] as [String: Any] },
            "kinds": choices.kinds.map { ["value": $0, "selected": query.instansiKind == $0] as [String: Any] },
            "statuses": statuses, "sorts": sorts, "search": query.search ?? "", "descending": query.descending,
            "csv": csv, "english": language == .en,
        ]
        if let paging = Self.paging(request, "/portofolio", page: page.page, of: page.pageCount, words: words) { values["paging"] = paging }
        return PageCache.Kept(title: words.text("web.portfolio.title"), content: app.renderer.content("portfolio", values: values, language: language))
    }

    /// The links of `path` to the pages before and after `page` (of `count`), keeping the
    /// query's other parameters; nil when everything fits on one page.
    static func paging(_ request: Request, _ path: String, page: Int, of count: Int, words: Core.Messages) -> [String: Any]? {
        guard count > 1 else { return nil }
        let kept = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("halaman=") }
        func link(_ number: Int) -> String {
            path + "?" + (kept + ["halaman=\(number)"]).joined(separator: "&")
        }
        var values: [String: Any] = [
            "label": words.text("web.portfolio.page", ["page": String(page), "pages": String(count)]),
            "previousLabel": words.text("web.portfolio.previous"), "nextLabel": words.text("web.portfolio.next"),
        ]
        if page > 1 { values["previous"] = link(page - 1) }
        if page < count { values["next"] = link(page + 1) }
        return values
    }

    /// Rows per Tenggat page.
    static let deadlinePageSize = 100

    func portfolioCSV(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let rows = try await app.guarded(context.language) { try await service.portfolio(Self.query(request), for: user) }
        let csv = PortfolioCSV(language: context.language).render(rows)
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"portofolio.csv\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: csv)))
    }

    // MARK: - LPSE

    func lpse(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        // A kept page is one the viewer's scope may see (the scope is in its key); the build
        // answers 404 for any other LPSE, or one that does not exist, and is then not kept.
        let kept = try await app.cachedContent("lpse", request, context, user: user) {
            try await lpseContent(id, language: context.language, user: user)
        }
        return app.renderer.page(kept, chrome: app.chrome(request, context, user: user, current: "portofolio"))
    }

    /// The LPSE page's `<main>`: latest scores, submissions, certificates, cases and (for LKPP's
    /// staff) the forms to open a case and issue certificates.
    func lpseContent(_ id: String, language: Language, user: UserAccount) async throws -> PageCache.Kept {
        let (lpse, submissions, overview) = try await app.guarded(language) { try await service.lpseDetail(id, for: user) }
        let views = Views(language: language)
        let today = service.today
        let latestMandiri = submissions.first { $0.kind == .pengajuan }
        let latestFaktual = submissions.first { $0.kind == .hasil }
        let cases = overview.cases.map { item -> [String: Any] in
            let next = item.standing.nextStep.map { PembinaanWords(language).nextStep($0) } ?? ""
            return ["id": item.state.id, "href": "/kasus/\(item.state.id)\(views.q)", "stage": item.state.stage?.rawValue ?? "",
                    "status": PembinaanWords(language).status(item.state.status), "next": next,
                    "deadlines": item.standing.openDeadlines.map { views.deadline(DeadlineRow(caseId: item.state.id, lpse: id, deadline: $0, zone: item.state.zone)) }]
        }
        let staff = user.role != .lpse
        let catalog = try? service.lkpp.catalog()
        let values: [String: Any] = [
            "lpse": ["id": lpse.id, "name": lpse.name, "instansi": lpse.instansi, "zone": lpse.zone.rawValue,
                     "province": lpse.province ?? "—", "kind": lpse.instansiKind ?? "—"],
            "mandiri": latestMandiri.map { views.submission($0, lpse: id) } ?? [:], "hasMandiri": latestMandiri != nil,
            "faktual": latestFaktual.map { views.submission($0, lpse: id) } ?? [:], "hasFaktual": latestFaktual != nil,
            "submissions": submissions.map { views.submission($0, lpse: id) }, "noSubmissions": submissions.isEmpty,
            "certificates": overview.certificates.map { views.certificate($0, status: $0.status(on: today)) },
            "noCertificates": overview.certificates.isEmpty,
            "cases": cases, "noCases": cases.isEmpty, "staff": staff, "today": today.description,
            "standards": (catalog?.standards ?? []).map { ["id": $0.id, "name": $0.name.text(language)] as [String: Any] },
            "openAction": "/lpse/\(id)/kasus\(views.q)", "certificateAction": "/lpse/\(id)/sertifikat\(views.q)",
        ]
        return PageCache.Kept(title: lpse.name, content: app.renderer.content("lpse", values: values, language: language))
    }

    func report(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let path = try await app.guarded(context.language) {
            try await service.visibleFile(context.parameters.get("sha") ?? "", of: context.parameters.get("id") ?? "", to: user)
        }
        let body = try await FileIO().loadFile(path: path, context: context)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: body)
    }

    func file(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let sha = context.parameters.get("sha") ?? ""
        let path = try await app.guarded(context.language) {
            try await service.visibleFile(sha, of: context.parameters.get("id") ?? "", to: user)
        }
        let body = try await FileIO().loadFile(path: path, context: context)
        return Response(status: .ok, headers: [.contentType: "application/octet-stream",
                                               .contentDisposition: "attachment; filename=\"\(sha)\""], body: body)
    }

    func openCase(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        let form = try await app.form(request, context)
        let recorded = try await app.guarded(context.language) {
            try await service.openCase(lpse: id, findingId: form.value("temuan") ?? "", standard: form.value("standar") ?? "",
                                       control: form.value("kontrol"), description: form.value("uraian") ?? "",
                                       notice: form.value("nomor") ?? "", issuedOn: form.value("ditetapkan"), by: user)
        }
        let caseId = recorded.entry.event.caseId ?? ""
        return Response(status: .seeOther, headers: [.location: "/kasus/\(caseId)" + (context.language == .en ? "?lang=en" : "")])
    }

    func issueCertificates(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        let form = try await app.form(request, context)
        _ = try await app.guarded(context.language) {
            try await service.issueCertificates(lpse: id, standards: form.fields["standar"] ?? [], number: form.value("nomor") ?? "",
                                                issuedOn: form.value("ditetapkan"), by: user)
        }
        return Response(status: .seeOther, headers: [.location: "/lpse/\(id)" + (context.language == .en ? "?lang=en" : "")])
    }

    // MARK: - Cases

    func casePage(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        let overview = try await app.guarded(context.language) { try await service.visibleCase(id, to: user) }
        return renderCase(request, context, user: user, overview: overview, notice: nil, refusal: [])
    }

    func renderCase(_ request: Request, _ context: WebContext, user: UserAccount, overview: CaseOverview,
                    notice: String?, refusal: [String], status: HTTPResponse.Status = .ok) -> Response {
        let views = views(context)
        let pembinaan = PembinaanWords(context.language)
        let state = overview.state
        let steps = CaseStepInput.Step.allCases.filter { user.role != .lpse || $0 == .tindakLanjut || $0 == .keberatan }
        let values: [String: Any] = [
            "id": state.id, "lpse": state.lpse, "lpseHref": "/lpse/\(state.lpse)\(views.q)", "stage": state.stage?.rawValue ?? "",
            "status": pembinaan.status(state.status),
            "deadlines": overview.standing.openDeadlines.map { views.deadline(DeadlineRow(caseId: state.id, lpse: state.lpse, deadline: $0, zone: state.zone)) },
            "nextSteps": overview.standing.nextSteps.map { pembinaan.nextStep($0) },
            "timeline": overview.timeline.map(views.timeline),
            "findings": state.findings.map { ["id": $0.id, "standard": $0.standard, "control": $0.control ?? "", "description": $0.description] as [String: Any] },
            "action": "/kasus/\(state.id)/langkah\(views.q)", "open": state.status == .aktif,
            "steps": steps.map { ["value": $0.rawValue, "label": stepLabel($0, context)] as [String: Any] },
            "stages": SanctionStage.allCases.map(\.rawValue), "staff": user.role != .lpse,
            "notice": notice ?? "", "hasNotice": notice != nil, "refusal": refusal, "refused": !refusal.isEmpty, "today": service.today.description,
        ]
        return app.renderer.page("case", title: words(context).text("web.case.title", ["id": state.id]), values: values,
                                 chrome: app.chrome(request, context, user: user, current: "tenggat"), status: status)
    }

    func stepLabel(_ step: CaseStepInput.Step, _ context: WebContext) -> String {
        let words = words(context)
        return switch step {
        case .terima: words.text("web.case.step.terima")
        case .tindakLanjut: words.text("web.case.step.tindakLanjut")
        case .verifikasi: words.text("web.case.step.verifikasi")
        case .eskalasi: words.text("web.case.step.eskalasi")
        case .keberatan: words.text("web.case.step.keberatan")
        case .putusan: words.text("web.case.step.putusan")
        case .pemulihan: words.text("web.case.step.pemulihan")
        }
    }

    func caseStep(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        _ = try await app.guarded(context.language) { try await service.visibleCase(id, to: user) }
        let form = try await app.form(request, context)
        guard let step = form.value("langkah").flatMap(CaseStepInput.Step.init(rawValue:)) else {
            throw WebError(.badRequest, "server.form.required", ["field": "langkah"])
        }
        let input = CaseStepInput(step: step, date: form.value("tanggal"), text: form.value("teks"), choice: form.value("pilihan"),
                                  stage: form.value("tahap"), notice: form.value("nomor"))
        do {
            let recorded = try await service.recordStep(id, input, by: user)
            let overview = try await service.visibleCase(id, to: user)
            let late = recorded.refusal.map { $0.lines(context.language) } ?? []
            return renderCase(request, context, user: user, overview: overview,
                              notice: words(context).text("web.case.recorded", ["seq": String(recorded.entry.sequence)]), refusal: late)
        } catch ServiceError.refused(let refusal) {
            let overview = try await service.visibleCase(id, to: user)
            return renderCase(request, context, user: user, overview: overview, notice: nil, refusal: refusal.lines(context.language),
                              status: .unprocessableContent)
        } catch {
            throw ServerApp.webError(error, language: context.language)
        }
    }

    // MARK: - Deadlines and certificates

    func deadlines(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        // The page says when it was drawn up, to the minute: a kept content lasts that minute.
        let asOf = views(context).instant(service.now, service.zone)
        let kept = try await app.cachedContent("tenggat", request, context, user: user, extra: asOf) {
            try await deadlinesContent(request, language: context.language, user: user, asOf: asOf)
        }
        return app.renderer.page(kept, chrome: app.chrome(request, context, user: user, current: "tenggat"))
    }

    /// The Tenggat page's `<main>`: one page of every open deadline, nearest first.
    func deadlinesContent(_ request: Request, language: Language, user: UserAccount, asOf: String) async throws -> PageCache.Kept {
        let all = try await app.guarded(language) { try await service.deadlines(for: user) }
        let pageCount = max(1, (all.count + Self.deadlinePageSize - 1) / Self.deadlinePageSize)
        let page = min(max(request.uri.queryParameters["halaman"].flatMap { Int($0) } ?? 1, 1), pageCount)
        let rows = Array(all.dropFirst((page - 1) * Self.deadlinePageSize).prefix(Self.deadlinePageSize))
        let names = Dictionary((try await service.visibleLPSEs(to: user)).map { ($0.id, $0.name) }) { a, _ in a }
        let views = Views(language: language)
        var values: [String: Any] = ["rows": rows.map { views.deadline($0, lpseName: names[$0.lpse]) }, "empty": rows.isEmpty,
                                     "now": asOf, "count": all.count]
        if let paging = Self.paging(request, "/tenggat", page: page, of: pageCount, words: Core.Messages(language)) { values["paging"] = paging }
        return PageCache.Kept(title: Core.Messages(language).text("web.deadlines.title"),
                              content: app.renderer.content("deadlines", values: values, language: language))
    }

    func certificates(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let days = request.uri.queryParameters["hari"].flatMap { Int($0) }.map { min(max($0, 0), 3650) } ?? 90
        let rows = try await app.guarded(context.language) { try await service.expiringCertificates(within: days, for: user) }
        let views = views(context)
        let values: [String: Any] = ["rows": rows.map { views.certificate($0.certificate, status: $0.status) }, "empty": rows.isEmpty,
                                     "days": days, "english": context.language == .en]
        return app.renderer.page("certificates", title: words(context).text("web.certificates.title"), values: values,
                                 chrome: app.chrome(request, context, user: user, current: "sertifikat"))
    }

    // MARK: - Upload

    func uploadPage(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        return renderUpload(request, context, user: user, result: nil, refusal: [])
    }

    func renderUpload(_ request: Request, _ context: WebContext, user: UserAccount, result: Submission?, refusal: [String],
                      status: HTTPResponse.Status = .ok) -> Response {
        let views = views(context)
        var values: [String: Any] = ["action": "/unggah\(views.q)", "refusal": refusal, "refused": !refusal.isEmpty,
                                     "limit": ByteCount.text(app.options.uploadLimit)]
        if let result {
            values["result"] = views.submission(result, lpse: result.lpseId)
            values["resultLPSE"] = result.lpseId
            values["resultHref"] = "/lpse/\(result.lpseId)\(views.q)"
        }
        return app.renderer.page("upload", title: words(context).text("web.upload.title"), values: values,
                                 chrome: app.chrome(request, context, user: user, current: "unggah"), status: status)
    }

    func upload(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let form = try await app.form(request, context, limits: FormLimits(fileBytes: app.options.uploadLimit, files: 1))
        defer { form.removeFiles() }
        guard let file = form.files.first, file.size > 0 else { throw WebError(.badRequest, "web.upload.noFile") }
        do {
            let submission = try await service.receive(upload: file.path, by: user)
            return renderUpload(request, context, user: user, result: submission, refusal: [])
        } catch ServiceError.refused(let refusal) {
            await service.audit(user.username, "paket-ditolak", "paket:\(file.fileName)", refusal.key)
            return renderUpload(request, context, user: user, result: nil, refusal: refusal.lines(context.language), status: .unprocessableContent)
        } catch ServiceError.invalid(let key, let values) {
            await service.audit(user.username, "paket-ditolak", "paket:\(file.fileName)", key)
            return renderUpload(request, context, user: user, result: nil, refusal: [words(context).text(key, values)], status: .unprocessableContent)
        } catch {
            throw ServerApp.webError(error, language: context.language)
        }
    }

    // MARK: - Users

    func users(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        guard user.role == .admin else { throw WebError.notFound }
        let views = views(context)
        let users = try await service.store.users().map { account -> [String: Any] in
            ["name": account.username, "display": account.displayName, "role": ServerApp.roleLabel(account.role, views.words),
             "lpse": account.lpseId ?? "", "active": account.active ? views.words.text("web.users.active") : views.words.text("web.users.inactive")]
        }
        let audit = try await service.store.audit(limit: 200).map { entry -> [String: Any] in
            ["at": views.instant(entry.at, service.zone), "actor": entry.actor, "action": entry.action, "object": entry.object, "detail": entry.detail]
        }
        return app.renderer.page("users", title: words(context).text("web.users.title"), values: ["users": users, "audit": audit],
                                 chrome: app.chrome(request, context, user: user, current: "pengguna"))
    }
}
