import ArgumentParser
import Core
import Paket
import Workspace

extension KeyRole: ExpressibleByArgument {}

/// `patuh kunci buat|percaya|daftar`: Ed25519 keys for pakets, results and certificates.
struct KunciCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kunci",
        abstract: "Signing keys: make a key pair, trust a public key, list the trusted keys.",
        discussion: """
        Private keys live in $XDG_CONFIG_HOME/patuh/kunci/ (default ~/.config/patuh/kunci/), mode 0600, \
        never inside a workspace or a git work tree. The trust list is kunci-percaya.txt beside patuh.xml.
        """,
        subcommands: [CreateKey.self, TrustKey.self, ListKeys.self]
    )
}

/// `patuh kunci buat NAME [--peran lpse|lkpp] [--lpse ID] [--pemilik TEXT]`.
struct CreateKey: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "buat",
        abstract: "Make an Ed25519 key pair; print the public key and its fingerprint.",
        discussion: """
        Writes NAME.kunci (private, 0600) and NAME.pub (public) to the key folder and prints the public \
        key: send it (the .pub file) to the other side, and compare the fingerprint by phone or letter.

        Examples:
          patuh kunci buat lpse-kab-contoh
          patuh kunci buat asesor-lkpp --peran lkpp --pemilik "Direktorat LPSE LKPP"
        """
    )

    @Argument(help: "The key's name (its file name in the key folder).")
    var name: String
    @Option(name: .customLong("peran"), help: "lpse (signs submissions) or lkpp (signs results and certificates).")
    var role: KeyRole = .lpse
    @Option(name: .customLong("lpse"), help: "The LPSE id an LPSE key signs for (default: patuh.xml's).")
    var lpse: String?
    @Option(name: .customLong("pemilik"), help: "Who holds the key, in words.")
    var holder: String?
    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        let store = KeyStore.standard()
        let record = try workspace.open(clock: .system).createKey(name: name, role: role, lpse: lpse, holder: holder, store: store)
        Console.out(Messages(lang).text("paket.out.keyCreated", ["path": store.privatePath(name), "fingerprint": record.fingerprint]))
        Console.out(record.text)
    }
}

/// `patuh kunci percaya FILE`.
struct TrustKey: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "percaya",
        abstract: "Trust the public key(s) in FILE: add them to kunci-percaya.txt.",
        discussion: "Compare the fingerprint printed here with the one the key's holder reads you."
    )

    @Argument(help: "A public key file (NAME.pub).")
    var file: String
    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        for record in try workspace.open(clock: .system).trust(publicKeyFile: file) {
            Console.out(Messages(lang).text("paket.out.trusted", ["fingerprint": record.fingerprint, "role": record.role.rawValue,
                                                                  "name": record.name, "lpse": record.lpse ?? "-"]))
        }
    }
}

/// `patuh kunci daftar`.
struct ListKeys: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(commandName: "daftar", abstract: "List the trusted keys of the workspace.")

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id
    var language: Language { lang }

    func run() throws {
        for record in try workspace.open(clock: .system).trustList().records {
            Console.out(Messages(lang).text("paket.out.trusted", ["fingerprint": record.fingerprint, "role": record.role.rawValue,
                                                                  "name": record.name, "lpse": record.lpse ?? "-"]))
        }
    }
}
