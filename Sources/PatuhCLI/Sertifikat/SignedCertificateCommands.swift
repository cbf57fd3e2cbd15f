import ArgumentParser
import Core
import Foundation
import Paket
import Workspace

/// `patuh sertifikat verifikasi FILE [--pada DATE] [--pencabutan LIST] [--kunci PUB]`.
struct VerifyCertificateCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "verifikasi",
        abstract: "Check a certificate document: valid, expired, not yet valid, revoked, or forged.",
        discussion: """
        The signature must be an LKPP key of the trust list (kunci-percaya.txt) or --kunci. Runs \
        anywhere: outside a workspace, give LKPP's public key with --kunci. Exit 0 valid; 1 expired, \
        not yet valid, revoked, forged or untrusted; 2 not a certificate document.
        """
    )

    @Argument(help: "The certificate document.")
    var file: String
    @Option(name: .customLong("pada"), help: "The day to check (YYYY-MM-DD; default today).")
    var day: String?
    @Option(name: .customLong("pencabutan"), help: "LKPP's signed revocation list.")
    var revocations: String?
    @Option(name: .customLong("kunci"), help: "Trust only this LKPP public key file instead of the trust list.")
    var publicKey: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        var date: CivilDate?
        if let day {
            let parsed = try dateArgument(day, option: "--pada", language: lang)
            date = parsed
        }
        let clock = try timeArgument(language: lang) { () throws(TimeError) in try Clock.resolve(argument: now.value) }
        let verdict = try workspace.openForAnyone(clock: clock).verifyCertificate(file, on: date, revocations: revocations, publicKey: publicKey)
        let certificate = verdict.certificate
        let values = ["number": certificate.number, "lpse": "\(certificate.lpseName) (\(certificate.lpseId))",
                      "standards": certificate.standards.joined(separator: ", "), "from": "\(certificate.validFrom)",
                      "until": "\(certificate.validUntil)", "day": "\(verdict.day)", "issuer": verdict.signer.name,
                      "fingerprint": verdict.signer.fingerprint, "revoked": verdict.revokedOn.map { "\($0)" } ?? ""]
        let messages = Messages(lang)
        switch verdict.status {
        case .valid: Console.out(messages.text("paket.out.certificate.valid", values))
        case .expired: Console.out(messages.text("paket.out.certificate.expired", values))
        case .notYetValid: Console.out(messages.text("paket.out.certificate.notYetValid", values))
        case .revoked: Console.out(messages.text("paket.out.certificate.revoked", values))
        }
        if verdict.status != .valid { throw ExitCode(ExitStatus.shortfall) }
    }
}

/// `patuh sertifikat cabut NOMOR --daftar LIST --kunci NAME`.
struct RevokeCertificateCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "cabut",
        abstract: "Add a certificate to LKPP's signed revocation list (created when missing) and sign it again."
    )

    @Argument(help: "The certificate number.")
    var number: String
    @Option(name: .customLong("daftar"), help: "The revocation list file.")
    var list: String
    @Option(name: .customLong("tanggal"), help: "The revocation date (YYYY-MM-DD; default today).")
    var date: String?
    @Option(name: .customLong("kunci"), help: "The LKPP private key's name (or path).")
    var key: String
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        var day: CivilDate?
        if let date {
            let parsed = try dateArgument(date, option: "--tanggal", language: lang)
            day = parsed
        }
        let revoked = try workspace.open(now, language: lang).revokeCertificate(number: number, on: day, list: list, keyName: key, store: KeyStore.standard())
        Console.out(Messages(lang).text("paket.out.revoked", ["path": list, "count": "\(revoked.entries.count)"]))
    }
}
