extension MessageCatalog {
    /// Seal files (`Evidence/_segel/`): `bukti seal|verify`, `bukti segel daftar|banding`, and
    /// the seal `periksa` compares with.
    static let enSeal: [String: String] = [
        // Errors
        "seal.file.unrepresentable": "patuh: {value} holds a control character that a seal file (XML 1.0) cannot carry; rename it",
        "seal.file.writeFailed": "patuh: cannot write the seal file: {detail}",
        "seal.file.notFound": "patuh: there is no seal file '{path}'",
        "seal.file.invalid": "patuh: '{path}' is not a valid seal file (see Standards/schema/segel.xsd)",
        // bukti seal
        "seal.receipt.file": "Seal file: {path} (commit it with the evidence)",
        "seal.receipt.sha": "SHA-256 of the seal file: {sha} (quote it in the submission letter; it is not signed, as no signing keys exist yet)",
        // The seal compared with
        "seal.source.database": "patuh: compared with seal #{id} in the database ({note})",
        "seal.source.file": "patuh: compared with the seal file {path} ({note}), SHA-256 {sha}",
        "seal.disagreement": "patuh: warning: seal #{id} in the database and the seal file {file} disagree ({added} files only in the seal file, {removed} only in the database, {changed} with different hashes); using the database seal; use --segel {file} to compare with that file",
        "seal.hashes.changed": "{path} (sealed {sealed}, now {current})",
        "seal.hashes.removed": "{path} gone (sealed {sealed})",
        // bukti verify
        "seal.verify.headlineFile": "Seal file {path} ({note}): {files} files, {deviations} changed or gone",
        "seal.verify.hashes": "sealed {sealed}, now {current}",
        "seal.verify.sealedHash": "sealed {sealed}",
        "seal.verify.added": "new since the seal (not a failure)",
        // bukti segel daftar
        "seal.list.empty": "No seal files in Evidence/_segel/ yet; make one with 'patuh bukti seal --catatan TEXT'",
        "seal.list.header": "{count} seal files, oldest first:",
        "seal.list.entry": "{name}  {instant}  {files} files, {answers} answer files, catalog {catalog}: {note}",
        "seal.list.sha": "SHA-256 {sha}",
        "seal.list.signature": "signed by {key} ({algorithm}), signature not checked",
        // bukti segel banding
        "seal.compare.headline": "From {first} ({firstNote}) to {second} ({secondNote}): {added} new, {removed} gone, {changed} changed, {unchanged} unchanged",
        "seal.compare.same": "Both seals hold the same files and hashes",
        "seal.compare.added": "new",
    ]
}
