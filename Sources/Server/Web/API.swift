import Core
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Pembinaan
import Portfolio
import WebSupport
import Workspace

/// The JSON API under `/api/v1` (described by `docs/openapi.yaml`): read-only portfolio data
/// plus paket upload, with the pages' access rules (an `lpse` account sees only its LPSE; any
/// other answers 404). Signed in by the session cookie (a POST then needs the session's CSRF
/// token in `X-CSRF-Token`) or HTTP Basic.
struct API {
    let app: ServerApp
    var service: LKPPService { app.service }

    func register(on router: Router<WebContext>) {
        let api = router.group("/api/v1")
        api.get("/lpse", use: lpses)
        api.get("/lpse/:id", use: lpse)
        api.get("/lpse/:id/pengajuan", use: submissions)
        api.get("/lpse/:id/kasus", use: cases)
        api.get("/tenggat", use: deadlines)
        api.get("/sertifikat", use: certificates)
        api.post("/paket", use: upload)
    }

    struct Mark: Encodable { var standar: String; var persen: Double?; var terpenuhi: Bool }
    struct Score: Encodable { var terpenuhi: Int; var dari: Int; var tanggal: String; var memenuhiSyarat: Bool; var nilai: [Mark] }
    struct File: Encodable { var path: String; var peran: String; var sha256: String; var ukuran: Int64 }
    struct SubmissionJSON: Encodable {
        var id: Int64; var lpse: String; var jenis: String; var sha256: String; var diterimaPada: String; var pengunggah: String
        var dibuatPada: String; var verifikasi: String; var penandatangan: String; var katalogVersi: String; var skor: Score
        var berkas: [File]?
    }
    struct Deadline: Encodable { var kasus: String; var lpse: String; var jenis: String; var tahap: String; var pemberitahuan: String
        var tanggal: String; var berakhirPada: String; var keadaan: String }
    struct LPSEJSON: Encodable {
        var id: String; var nama: String; var instansi: String; var zona: String; var provinsi: String?; var jenisInstansi: String?
        var mandiri: Score?; var faktual: Score?; var tren: [Int]; var bersertifikat: [String]; var tenggatTerdekat: Deadline?
        var kasusTerbuka: [String]; var status: String
    }
    struct CertificateJSON: Encodable { var lpse: String; var standar: String; var diterbitkan: String; var berlakuSampai: String
        var status: String; var keputusan: String }
    struct CaseJSON: Encodable { var id: String; var lpse: String; var tahap: String?; var status: String; var tenggat: [Deadline]; var peristiwa: Int }

    static func score(_ submission: Submission) -> Score {
        Score(terpenuhi: submission.terpenuhi, dari: submission.standardCount, tanggal: submission.assessmentDate, memenuhiSyarat: submission.eligible,
              nilai: submission.marks.map { Mark(standar: $0.standardId, persen: $0.percent, terpenuhi: $0.terpenuhi) })
    }

    static func submission(_ submission: Submission, files: Bool) -> SubmissionJSON {
        SubmissionJSON(id: submission.id ?? 0, lpse: submission.lpseId, jenis: submission.kind.rawValue, sha256: submission.paketSHA256,
                       diterimaPada: submission.receivedAt.description, pengunggah: submission.uploader,
                       dibuatPada: submission.createdAt.description, verifikasi: submission.verification, penandatangan: submission.signer,
                       katalogVersi: submission.catalogVersion, skor: score(submission),
                       berkas: files ? submission.files.map { File(path: $0.path, peran: $0.role, sha256: $0.sha256, ukuran: $0.size) } : nil)
    }

    static func deadline(_ row: DeadlineRow) -> Deadline {
        Deadline(kasus: row.caseId, lpse: row.lpse, jenis: row.deadline.kind.rawValue, tahap: row.deadline.stage.rawValue,
                 pemberitahuan: row.deadline.notice, tanggal: row.deadline.date.description,
                 berakhirPada: row.deadline.endsAt.description, keadaan: row.deadline.standing.code)
    }

    static func lpse(_ row: PortfolioRow) -> LPSEJSON {
        LPSEJSON(id: row.lpse.id, nama: row.lpse.name, instansi: row.lpse.instansi, zona: row.lpse.zone.rawValue, provinsi: row.lpse.province,
                 jenisInstansi: row.lpse.instansiKind, mandiri: row.mandiri.map(score), faktual: row.faktual.map(score), tren: row.trend,
                 bersertifikat: row.certified, tenggatTerdekat: row.nearestDeadline.map(deadline), kasusTerbuka: row.openCases.map(\.id),
                 status: row.status)
    }

    /// Refuses query values the API does not know (400), so that a typo is not silently ignored.
    static func checkQuery(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        func check(_ name: String, _ allowed: [String]) throws {
            if let value = parameters[Substring(name)].map(String.init), !allowed.contains(value) {
                throw WebError(.badRequest, "server.api.badParameter", ["name": name, "value": value])
            }
        }
        try check("urut", PortfolioQuery.Sort.allCases.map(\.rawValue))
        try check("arah", ["naik", "turun"])
        try check("status", ["memenuhi", "belum", "belum-menilai", "kasus"])
        if let days = parameters["hari"].map(String.init), Int(days).map({ (0...3650).contains($0) }) != true {
            throw WebError(.badRequest, "server.api.badParameter", ["name": "hari", "value": days])
        }
    }

    func lpses(_ request: Request, _ context: WebContext) async throws -> Response {
        try Self.checkQuery(request)
        let user = try await app.user(request, context)
        let rows = try await app.guarded(context.language) { try await service.portfolio(Pages.query(request), for: user) }
        return JSONBody.response(rows.map(Self.lpse))
    }

    func lpse(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        _ = try await app.guarded(context.language) { try await service.visibleLPSE(id, to: user) }
        let rows = try await app.guarded(context.language) { try await service.portfolio(PortfolioQuery(), for: user) }
        guard let row = rows.first(where: { $0.lpse.id == id }) else { throw WebError.notFound }
        return JSONBody.response(Self.lpse(row))
    }

    func submissions(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        let (_, submissions, _) = try await app.guarded(context.language) { try await service.lpseDetail(id, for: user) }
        return JSONBody.response(submissions.map { Self.submission($0, files: true) })
    }

    func cases(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let id = context.parameters.get("id") ?? ""
        let (_, _, overview) = try await app.guarded(context.language) { try await service.lpseDetail(id, for: user) }
        return JSONBody.response(overview.cases.map { item in
            CaseJSON(id: item.state.id, lpse: item.state.lpse, tahap: item.state.stage?.rawValue, status: item.state.status.rawValue,
                     tenggat: item.standing.openDeadlines.map { Self.deadline(DeadlineRow(caseId: item.state.id, lpse: id, deadline: $0, zone: item.state.zone)) },
                     peristiwa: item.timeline.count)
        })
    }

    func deadlines(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        let rows = try await app.guarded(context.language) { try await service.deadlines(for: user) }
        return JSONBody.response(rows.map(Self.deadline))
    }

    func certificates(_ request: Request, _ context: WebContext) async throws -> Response {
        try Self.checkQuery(request)
        let user = try await app.user(request, context)
        let days = request.uri.queryParameters["hari"].flatMap { Int($0) }.map { min(max($0, 0), 3650) } ?? 90
        let rows = try await app.guarded(context.language) { try await service.expiringCertificates(within: days, for: user) }
        return JSONBody.response(rows.map {
            CertificateJSON(lpse: $0.certificate.lpse, standar: $0.certificate.standard, diterbitkan: $0.certificate.issuedOn.description,
                            berlakuSampai: $0.certificate.validUntil.description, status: $0.status.rawValue, keputusan: $0.certificate.decision)
        })
    }

    /// `POST /api/v1/paket`: the paket as the body (`application/zip`), streamed to a temporary file.
    func upload(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try await app.user(request, context)
        if let session = context.session, context.session?.userId == user.id {
            guard let token = request.headers[HTTPField.Name("X-CSRF-Token")!], Tokens.constantTimeEqual(token, session.csrfToken) else {
                throw WebError(.forbidden, "web.error.csrf")
            }
        }
        let limit = app.options.uploadLimit
        if let length = request.headers[.contentLength].flatMap(Int64.init), length > limit { throw WebError(.contentTooLarge, "web.error.tooLarge") }
        let path = (service.paths.temporary as NSString).appendingPathComponent("api-\(Tokens.random().prefix(24))")
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else { throw WebError(.internalServerError, "web.error.internal") }
        var size: Int64 = 0
        do {
            for try await buffer in request.body {
                size += Int64(buffer.readableBytes)
                guard size <= limit else { throw WebError(.contentTooLarge, "web.error.tooLarge") }
                try handle.write(contentsOf: Array(buffer.readableBytesView))
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        guard size > 0 else { throw WebError(.badRequest, "web.upload.noFile") }
        do {
            let submission = try await service.receive(upload: path, by: user)
            return JSONBody.response(Self.submission(submission, files: true), status: .created)
        } catch ServiceError.refused(let refusal) {
            await service.audit(user.username, "paket-ditolak", "paket:api", refusal.key)
            throw WebError(.unprocessableContent, "server.refused", detail: refusal.lines(context.language))
        } catch {
            throw ServerApp.webError(error, language: context.language)
        }
    }
}

/// Methods the API does not offer answer 405 with `Allow`, not 404.
struct APIMethods: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        let upload = request.uri.path == "/api/v1/paket"
        let allowed: [HTTPRequest.Method] = upload ? [.post] : [.get, .head]
        guard allowed.contains(request.method) else {
            var error = WebError(.methodNotAllowed, "server.api.method", ["method": request.method.rawValue])
            error.allow = upload ? "POST" : "GET, HEAD"
            throw error
        }
        return try await next(request, context)
    }
}
