import ArgumentParser
import Core
import Foundation
import Paket
import Workspace

/// `patuh paket buat|periksa|terima`: the signed exchange between an LPSE and LKPP.
struct PaketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paket",
        abstract: "Build, check and receive signed pakets (LPSE submissions to LKPP).",
        discussion: """
        Exit codes of 'periksa' and 'terima': 0 sound; 1 tampered, unsafe or untrusted (the file or key \
        is named); 2 not a paket (not a zip, truncated, unknown manifest version).
        """,
        subcommands: [BuildPaket.self, CheckPaket.self, ReceivePaket.self, BuildResult.self]
    )
}

/// `patuh paket buat --kunci NAME`.
struct BuildPaket: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "buat",
        abstract: "Build paket-<lpse>-<date>.zip from the latest seal, signed with your LPSE key.",
        discussion: """
        Holds manifest.xml (profile, catalog version and hash, the seal, every sealed file with its size \
        and SHA-256 and its bukti.xml), manifest.sig and the files. The same workspace, seal and --now give \
        the same bytes.

        Example:
          patuh bukti seal --catatan "Penilaian mandiri 2026" && patuh paket buat --kunci lpse-kab-contoh
        """
    )

    @Option(name: .customLong("kunci"), help: "The private key's name (or path).")
    var key: String
    @Option(name: .customLong("ke"), help: "The folder to write the paket to (default: the workspace).")
    var directory: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        let (path, manifest) = try workspace.open(now, language: lang).buildPaket(keyName: key, store: KeyStore.standard(), directory: directory)
        Console.out(Messages(lang).text("paket.out.built", ["path": path, "files": "\(manifest.files.count)"]))
    }
}

/// `patuh paket periksa FILE [--kunci PUB]`.
struct CheckPaket: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "periksa",
        abstract: "Verify a paket: signature and trust, every file's size and hash, the manifest, the catalog.",
        discussion: """
        Nothing is extracted or written. Runs anywhere: outside a workspace there is no trust list, so \
        give the signer's public key with --kunci PUB; the catalog is the one built into patuh.
        """
    )

    @Argument(help: "The paket file.")
    var file: String
    @Option(name: .customLong("kunci"), help: "Trust only this public key file instead of the trust list.")
    var publicKey: String?
    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        let check = try workspace.openForAnyone(clock: .system).checkPaket(file, publicKey: publicKey)
        Console.out(PaketText.check(check, lang))
    }
}

/// `patuh paket terima FILE --ke DIR [--izinkan-lama]`.
struct ReceivePaket: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "terima",
        abstract: "Receive a paket: a submission into a new assessor workspace (--ke DIR), or a result into this workspace.",
        discussion: """
        A result paket (from 'patuh paket hasil') is verified against the trusted LKPP key and filed as \
        Evidence/penilaian-faktual-<date>.xml, its reports under Reports/; a result for another LPSE is refused.

        DIR gets the evidence (read-only), patuh.xml, the LPSE's penilaian mandiri, the standards, and \
        Evidence/penilaian-faktual-<date>.xml pre-filled with the LPSE's claims. The submission is recorded \
        in this workspace's database; a paket older than the last received from the same LPSE is refused \
        unless --izinkan-lama.
        """
    )

    @Argument(help: "The paket file.")
    var file: String
    @Option(name: .customLong("ke"), help: "For a submission: the new assessor workspace folder (must not exist).")
    var destination: String?
    @Flag(name: .customLong("izinkan-lama"), help: "Accept a paket older than the last one received.")
    var allowOlder = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        let opened = try workspace.open(now, language: lang)
        guard let destination else {
            let receipt = try opened.fileResult(file, allowOlder: allowOlder)
            Console.out(PaketText.check(receipt.check, lang))
            Console.out(Messages(lang).text("paket.out.filed", ["path": receipt.location, "files": receipt.written.joined(separator: ", ")]))
            return
        }
        let receipt = try opened.receivePaket(file, into: destination, allowOlder: allowOlder)
        Console.out(PaketText.check(receipt.check, lang))
        Console.out(Messages(lang).text("paket.out.received", ["path": receipt.location, "files": "\(receipt.written.count)"]))
    }
}

/// `patuh paket hasil [ASSESSOR-WORKSPACE] --kunci NAME`.
struct BuildResult: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "hasil",
        abstract: "Build the signed result paket of an assessor workspace (faktual answers, findings, faktual reports).",
        discussion: """
        Run in the workspace 'patuh paket terima --ke DIR' made, once Evidence/penilaian-faktual-*.xml holds \
        the verdicts (and, if wanted, 'patuh laporan faktual' wrote Reports/faktual-*). Writes \
        hasil-<lpse>-<date>.zip answering the submission; the LPSE files it with 'patuh paket terima FILE'.
        """
    )

    @Option(name: .customLong("kunci"), help: "The LKPP private key's name (or path).")
    var key: String
    @Option(name: .customLong("ke"), help: "The folder to write the result to (default: the workspace).")
    var directory: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        let (path, manifest) = try workspace.open(now, language: lang).buildResult(keyName: key, store: KeyStore.standard(), directory: directory)
        Console.out(Messages(lang).text("paket.out.resultBuilt", ["path": path, "files": "\(manifest.files.count)"]))
    }
}

/// The words of a paket check.
enum PaketText {
    static func check(_ check: PaketCheck, _ language: Language) -> String {
        let messages = Messages(language)
        let manifest = check.manifest
        return [
            messages.text("paket.out.sound", ["path": check.path, "kind": manifest.kind.rawValue, "lpse": manifest.lpse.id,
                                              "created": manifest.created.iso8601(in: manifest.lpse.zone)]),
            messages.text("paket.out.signature", ["fingerprint": check.signer.fingerprint, "name": check.trusted?.name ?? "-"]),
            messages.text("paket.out.files", ["files": "\(check.files)", "bytes": "\(check.bytes)"]),
            messages.text(check.catalogChecked ? "paket.out.catalog" : "paket.out.catalogUnchecked", ["version": manifest.catalogVersion]),
            messages.text("paket.out.hash", ["sha256": check.sha256]),
        ].joined(separator: "\n")
    }
}
