import ArgumentParser

/// `patuh pembinaan` (alias `sanction`): cases of tindakan pembinaan, their deadlines and record.
struct PembinaanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pembinaan",
        abstract: "Record and follow tindakan pembinaan: the sanction ladder and keberatan (alias: sanction).",
        discussion: """
        rekomendasi → teguran → pencabutan → penghentian (Kepdep LKPP 152/2022 §2.2). Every act \
        is an event appended to the workspace's log (.patuh/registry.sqlite), checked first by \
        the state machine, and chained by SHA-256; the state of a case is always recomputed from \
        its events. Deadlines are hari kerja from receipt of the notice, per \
        Standards/pembinaan.xml and Standards/kalender. Each mutating command takes --oleh NAME \
        --peran lkpp|lpse and --now. The LPSE's zone is --zona at opening (default WIB).

        Examples:
          patuh pembinaan buka --lpse LPSE-KAB-CONTOH --temuan-id TF-01 --standar S03 --uraian "..." \\
            --nomor R-001 --oleh "Asesor LKPP" --peran lkpp
          patuh pembinaan terima K-2024-001 --tanggal 2024-03-04 --oleh "Admin LPSE" --peran lpse
          patuh pembinaan status K-2024-001
          patuh pembinaan verifikasi

        Exit codes: 0 done; 1 refused by a guard (with the reason), or a broken log; 2 invalid \
        input; 64 usage error; 70 the workspace database is unusable.
        """,
        subcommands: [
            OpenCaseCommand.self, ReceiveCommand.self, FollowUpCommand.self, VerifyRemedyCommand.self,
            EscalateCommand.self, KeberatanCommand.self, SLABreachCommand.self, RestoreCommand.self,
            CaseStatusCommand.self, CaseHistoryCommand.self, VerifyChainCommand.self,
        ],
        aliases: ["sanction"]
    )
}
