import Core
import Foundation
import HTTPTypes
import Hummingbird
import Pembinaan
import Store
import Workspace
import HummingbirdTesting
import PatuhTestSupport
import Portfolio
import Server
import Testing
import WebSupport

/// Real pakets made by the built `patuh` on a copy of the sample workspace (once per test run):
/// the LPSE's key, its seal, `patuh paket buat`; a tampered copy with one evidence byte changed.
enum SamplePaket {
    struct Made: Sendable {
        let paket: String
        let tampered: String
        let publicKey: String
    }

    static let made: Result<Made, any Error> = Result {
        let lpse = try TestWorkspace()
        let keys = ["XDG_CONFIG_HOME": try PatuhRunner.temporaryFolder("patuh-kunci-server")]
        let key = try lpse.run(["kunci", "buat", "lpse-kab-contoh"], environment: keys)
        guard key.status == 0 else { throw Failure("kunci buat: \(key.stderr)") }
        let seal = try lpse.run(["bukti", "seal", "--catatan", "Penilaian mandiri 2026"])
        guard seal.status == 0 else { throw Failure("bukti seal: \(seal.stderr)") }
        let built = try lpse.run(["paket", "buat", "--kunci", "lpse-kab-contoh"], environment: keys)
        guard built.status == 0 else { throw Failure("paket buat: \(built.stderr)") }
        let paket = lpse.path("paket-lpse-kab-contoh-2026-11-25.zip")
        // Tampered: one byte of the first evidence file's data changed inside the archive.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: paket))
        var offset = 0
        var flipped = false
        while offset + 30 < bytes.count, bytes[offset] == 0x50, bytes[offset + 1] == 0x4b, bytes[offset + 2] == 3, bytes[offset + 3] == 4 {
            func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
            func le32(_ at: Int) -> Int { le16(at) | le16(at + 2) << 16 }
            let size = le32(offset + 18), nameLength = le16(offset + 26), extraLength = le16(offset + 28)
            let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            let start = offset + 30 + nameLength + extraLength
            if name.hasPrefix("Evidence/S"), size > 4 {
                bytes[start + size / 2] ^= 0x01
                flipped = true
                break
            }
            offset = start + size
        }
        guard flipped else { throw Failure("no evidence entry found to tamper with") }
        let tampered = lpse.path("tampered.zip")
        try bytes.write(to: URL(fileURLWithPath: tampered))
        return Made(paket: paket, tampered: tampered, publicKey: keys["XDG_CONFIG_HOME"]! + "/patuh/kunci/lpse-kab-contoh.pub")
    }

    static func get() throws -> Made { try made.get() }
}

/// A data folder for the built `patuh server`, prepared as LKPP would with the CLI: one asesor
/// account (`pengguna tambah`, password on stdin) and the sample LPSE's key trusted (`percaya`).
enum ServerData {
    static func prepared(_ name: String, user: String, password: String, environment: [String: String]) throws -> String {
        let data = try PatuhRunner.temporaryFolder(name)
        let added = try PatuhRunner.run(["server", "pengguna", "tambah", user, "--peran", "asesor", "--data", data],
                                        environment: environment, input: password + "\n")
        guard added.status == 0 else { throw Failure("pengguna tambah: \(added.stderr)") }
        let trusted = try PatuhRunner.run(["server", "percaya", try SamplePaket.get().publicKey, "--data", data], environment: environment)
        guard trusted.status == 0 else { throw Failure("percaya: \(trusted.stderr)") }
        return data
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ text: String) { description = text }
}

/// A server on a fresh data folder at the sample's reference instant, with four accounts:
/// `admin`, `asesor`, `budi` (lpse-kab-contoh) and `sari` (lpse-lain).
struct ServerFixture {
    static let password = "rahasia-panjang-1"
    static let instant = Instant(iso8601: "2026-11-25T02:00:00Z")!

    let service: LKPPService
    let app: ServerApp
    let data: String

    init(secureCookies: Bool = false, trustSample: Bool = true, at instant: Instant = ServerFixture.instant, clock: Clock? = nil) async throws {
        data = try PatuhRunner.temporaryFolder("patuh-server-data")
        service = try await ServerRuntime.open(data: data, database: nil, clock: clock ?? .fixed(instant), bcryptCost: 4)
        app = try ServerApp(service: service, options: ServerOptions(secureCookies: secureCookies, uploadLimit: 64 * 1024 * 1024))
        _ = try await service.addUser(username: "admin", displayName: "Admin LKPP", role: .admin, lpse: nil, password: Self.password)
        _ = try await service.addUser(username: "asesor", displayName: "Asesor LKPP", role: .asesor, lpse: nil, password: Self.password)
        _ = try await service.addUser(username: "budi", displayName: "Budi", role: .lpse, lpse: "lpse-kab-contoh", password: Self.password)
        _ = try await service.addUser(username: "sari", displayName: "Sari", role: .lpse, lpse: "lpse-lain", password: Self.password)
        if trustSample {
            _ = try service.lkpp.trust(publicKeyFile: try SamplePaket.get().publicKey)
        }
    }

    /// Runs `body` against the router in memory.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(router: app.router())
        try await application.test(.router, body)
    }

    /// Files under `berkas/`.
    func storedFiles() -> [String] {
        (FileManager.default.subpaths(atPath: service.paths.berkas) ?? []).filter { !$0.hasSuffix("/") && $0.split(separator: "/").count == 3 }.sorted()
    }

    func temporaryEntries() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: service.paths.temporary)) ?? []
    }
}

/// A signed-in browser: its session cookie and the CSRF token of its pages.
struct Browser: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: "\(SessionCookies.name)=\(cookie)"] }

    /// Headers of a form post from this site.
    func form(_ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [.cookie: "\(SessionCookies.name)=\(cookie)", .contentType: "application/x-www-form-urlencoded"]
        for field in extra { fields[field.name] = field.value }
        return fields
    }
}

enum Web {
    /// The value of cookie `name` in a response's Set-Cookie headers.
    static func setCookie(_ response: TestResponse, _ name: String) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    static func cookieValue(_ header: String) -> String {
        String(header.split(separator: ";")[0].dropFirst(header.split(separator: "=")[0].count + 1))
    }

    static func body(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// The CSRF token in a page's forms.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix(64))
    }

    static func encode(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    /// Signs `user` in through the login form; returns the browser.
    static func login(_ client: some TestClientProtocol, _ user: String, password: String = ServerFixture.password) async throws -> Browser {
        let form = try await client.execute(uri: "/masuk", method: .get)
        let loginToken = try #require(setCookie(form, "patuh_masuk")).split(separator: ";")[0].split(separator: "=")[1]
        let response = try await client.execute(
            uri: "/masuk", method: .post,
            headers: [.cookie: "patuh_masuk=\(loginToken)", .contentType: "application/x-www-form-urlencoded"],
            body: encode([("_csrf", String(loginToken)), ("nama", user), ("sandi", password)]))
        #expect(response.status == .seeOther, "login of \(user): \(response.status)")
        let session = try #require(setCookie(response, SessionCookies.name))
        let cookie = cookieValue(session)
        let page = try await client.execute(uri: "/portofolio", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
        let token = try #require(Web.csrf(in: body(page)))
        return Browser(cookie: cookie, csrf: token)
    }

    /// A multipart body with the CSRF field first and one file.
    static func multipart(csrf: String?, file: Data, name: String = "paket.zip", boundary: String = "patuhBATAS123") -> ByteBuffer {
        ByteBuffer(bytes: Multipart.body(fields: csrf.map { [("_csrf", $0)] } ?? [], fileField: "paket", fileName: name,
                                         contentType: "application/zip", file: file, boundary: boundary))
    }

    static let multipartType = "multipart/form-data; boundary=patuhBATAS123"
}
