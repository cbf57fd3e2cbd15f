import Foundation
import PatuhTestSupport
import Testing

/// The JSON API fuzzed by schemathesis (PyPI schemathesis; `.ci/run` installs it in `.build-venv`)
/// from `docs/openapi.yaml`, against the built `patuh server` holding one received paket: no
/// 500, every response (status, content type, headers, body) as the document says.
@Suite("patuh server's API under schemathesis", .serialized)
struct ServerAPIFuzzTests {
    static let absent = "schemathesis (st) is not on PATH: pip install schemathesis (.ci/run does, in .build-venv) to run this test"
    static let environment = ["PATUH_BCRYPT_COST": "4", "PATUH_NOW": "2026-11-25T09:00:00+07:00"]

    @Test("patuh server percaya and impor take paths relative to where they run; a paket imported twice is refused the second time")
    func importFromAFolder() throws {
        let made = try SamplePaket.get()
        let folder = try PatuhRunner.temporaryFolder("patuh-server-impor")
        try FileManager.default.createDirectory(atPath: folder + "/masuk", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: made.paket, toPath: folder + "/masuk/paket.zip")
        try FileManager.default.copyItem(atPath: made.publicKey, toPath: folder + "/lpse-kab-contoh.pub")
        let trusted = try PatuhRunner.run(["server", "percaya", "lpse-kab-contoh.pub", "--data", "data"], in: folder, environment: Self.environment)
        #expect(trusted.status == 0, "\(trusted.stderr)")
        let imported = try PatuhRunner.run(["server", "impor", "masuk", "--data", "data"], in: folder, environment: Self.environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("paket.zip: diterima (lpse-kab-contoh, 12/17)"), "\(imported.stdout)")
        #expect(imported.stdout.contains("1 paket diterima, 0 ditolak"))
        let again = try PatuhRunner.run(["server", "impor", "masuk", "--data", "data"], in: folder, environment: Self.environment)
        #expect(again.status == 1)
        #expect(again.stderr.contains("paket.zip") && again.stderr.contains("sudah diterima"), "\(again.stderr)")
        let missing = try PatuhRunner.run(["server", "impor", "tidak-ada", "--data", "data"], in: folder, environment: Self.environment)
        #expect(missing.status == 2 && missing.stderr.contains(folder + "/tidak-ada"), "\(missing.stderr)")
    }

    @Test(.enabled(if: ExternalTool.schemathesis != nil, Comment(rawValue: absent)))
    func schemathesisFindsNothing() throws {
        let st = try #require(ExternalTool.schemathesis)
        let made = try SamplePaket.get()
        let data = try ServerData.prepared("patuh-server-fuzz", user: "penguji", password: "kata-sandi-penguji", environment: Self.environment)
        let inbox = try PatuhRunner.temporaryFolder("patuh-server-fuzz-masuk")
        try FileManager.default.copyItem(atPath: made.paket, toPath: inbox + "/paket.zip")
        let imported = try PatuhRunner.run(["server", "impor", inbox, "--data", data], environment: Self.environment)
        #expect(imported.status == 0, "\(imported.stderr)")

        let server = try PatuhRunner.start(["server", "--alamat", "127.0.0.1:0", "--data", data], environment: Self.environment)
        defer { if server.isRunning { _ = server.stop() } }
        let line = try #require(server.waitForLine(containing: "http://127.0.0.1:"), "the server printed no address")
        let base = try #require(line.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression).map { String(line[$0]) })
        let schema = PatuhRunner.packageRoot.appendingPathComponent("docs/openapi.yaml").path
        let common = ["run", schema, "--url", base, "--auth", "penguji:kata-sandi-penguji", "--max-examples", "50", "--seed", "15",
                      "--workers", "1", "--no-color"]
        // Every check but `ignored_auth`: wrong credentials sent again and again from one address
        // are throttled (429, as the document says), where that check wants 401 every time;
        // ServerAccessTests checks 401 and the throttle.
        let reads = try ExternalTool.run(st, common + ["--include-method", "GET", "--checks", "all", "--exclude-checks", "ignored_auth"],
                                         in: data)
        #expect(reads.status == 0, "\(reads.stdout.suffix(4000))")
        // The upload without `positive_data_acceptance` too: bytes the schema allows (any
        // binary) are still no signed paket, and are refused (422) as such.
        let upload = try ExternalTool.run(st, common + ["--include-path", "/api/v1/paket", "--checks", "all",
                                                        "--exclude-checks", "ignored_auth,positive_data_acceptance"], in: data)
        #expect(upload.status == 0, "\(upload.stdout.suffix(4000))")
        let log = server.stop().stderr
        #expect(!log.contains("\"level\":\"error\""), "\(log.suffix(2000))")
    }
}
