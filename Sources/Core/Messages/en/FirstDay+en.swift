extension MessageCatalog {
    /// A new LPSE's first day: finding the workspace, `patuh init`, what is missing and how to make it.
    static let enFirstDay: [String: String] = [
        "workspace.notFound": "patuh: no Patuh workspace here (no patuh.xml from {folder} upwards); create one with: patuh init",
        "workspace.standards.missing": "patuh: the standards folder '{path}' does not exist; without --standards and PATUH_STANDARDS Patuh uses its built-in catalog, or write a copy with: patuh standar ekspor {path}",
        "assessment.answers.missing": "patuh: the answer file '{path}' does not exist yet; create it with: patuh penilaian template --jenis {kind} --output {file}",
        "init.exists": "patuh: '{path}' already holds a Patuh workspace (patuh.xml); nothing was written",
        "init.notEmpty": "patuh: the folder '{path}' is not empty ({entries}); run patuh init in a new or empty folder; nothing was written",
        "init.writeFailed": "patuh: the workspace '{path}' cannot be created: {detail}; nothing was written",
        "init.id.invalid": "patuh: --id '{value}' cannot be made an LPSE id (lower-case letters, digits and '-', e.g. lpse-kota-contoh)",
        "init.missing": "patuh init: {option} is required when not run on a terminal (see patuh init --help)",
        "init.ask.nama": "LPSE name (e.g. LPSE Kota Contoh):",
        "init.ask.instansi": "Instansi that owns the LPSE (e.g. Pemerintah Kota Contoh):",
        "init.ask.zonaHelp": "The time zone decides document dates, validity and deadlines: WIB (UTC+7: Sumatra, Java, West and Central Kalimantan), WITA (UTC+8: Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan), WIT (UTC+9: Maluku, Papua).",
        "init.ask.zona": "Time zone (WIB, WITA or WIT):",
        "init.done": "Workspace {id} created in {path}: patuh.xml, {standards} standard folders and {controls} control folders in Evidence/ (each with a BACA.md), Evidence/penilaian-mandiri.xml, .gitignore",
        "init.ci": "CI file: {path} (set the variables PATUH_ARCHIVE and PATUH_INSTALL_SH)",
        "init.next": "Next: put documents in the control folders named as BACA.md says, then: {cd}patuh periksa && patuh nilai",
        "standards.export.done": "Built-in catalog {version} ({count} files) written to {path}",
        "standards.export.exists": "patuh: '{path}' already holds catalog files; nothing was overwritten",
        "version.catalog": "catalog {version} ({source})",
    ]
}
