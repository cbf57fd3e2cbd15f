import ArgumentParser

/// `patuh ekspor`: the catalog and the penilaian in the formats of other compliance tools.
struct EksporCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ekspor",
        abstract: "Export the standards and a penilaian as XCCDF 1.2 or OSCAL 1.1.2 (alias: export).",
        discussion: """
        For the tools security and audit teams already use: OpenSCAP and SCAP Workbench (XCCDF), and the \
        OSCAL ecosystem (compliance-trestle and others). docs/interop.md gives the mapping and what is lost.

        Examples:
          patuh ekspor xccdf --output patuh-xccdf.xml
          patuh ekspor xccdf --penilaian Evidence/penilaian-mandiri.xml \\
            --output hasil-xccdf.xml
          patuh ekspor oscal --jenis katalog --output katalog.json
          patuh ekspor oscal --jenis hasil --penilaian Evidence/penilaian-mandiri.xml \\
            --output hasil.json
          patuh ekspor oscal --jenis poam --penilaian Evidence/penilaian-faktual.xml \\
            --output poam.json
        """,
        subcommands: [EksporXCCDFCommand.self, EksporOSCALCommand.self],
        aliases: ["export"]
    )
}

/// `patuh impor`: a result from another tool back into a penilaian answer file.
struct ImporCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impor",
        abstract: "Import an XCCDF 1.2 TestResult back into a penilaian answer file (alias: import).",
        discussion: """
        Examples:
          patuh impor xccdf hasil-xccdf.xml --output penilaian-impor.xml
          oscap xccdf eval --results hasil-oscap.xml patuh-xccdf.xml
          patuh impor xccdf hasil-oscap.xml --output penilaian-oscap.xml
        """,
        subcommands: [ImporXCCDFCommand.self],
        aliases: ["import"]
    )
}
