extension MessageCatalog {
    static let enInterop: [String: String] = [
        "interop.notAssessed": "patuh: warning: {count} controls not assessed in {file} ({controls}); exported as {result}",
        "interop.notAssessed.oscal": "not assessed",
        "interop.wroteBenchmark": "XCCDF 1.2 benchmark written to {path}: {groups} groups, {rules} rules.",
        "interop.testResult": "TestResult of the penilaian {kind} {lpse} {date}: scores {scores}.",
        "interop.wroteOSCAL": "OSCAL {version} document ({kind}) written to {path}.",
        "interop.needsPenilaian": "patuh: --jenis hasil and --jenis poam need --penilaian FILE (a penilaian mandiri or faktual answer file)",
        "interop.nothingOpen": "patuh: every control in {file} is met or does not apply; no POA&M item, nothing written",
        "interop.refused.one": "patuh: {file} was not imported: 1 error",
        "interop.refused.many": "patuh: {file} was not imported: {count} errors",
        "interop.invalidOutput": "patuh: the answer file made from {file} does not pass penilaian.xsd's checks (see above)",
        "interop.imported": "Penilaian {kind} answer file written to {target} from TestResult {testResult} ({source}): {count} controls ({counts}). Score it with: patuh penilaian nilai {file}",
        "interop.importComment": "Imported by patuh impor xccdf from {file} (TestResult {testResult}).",
        "interop.evidenceIndex": "patuh: cannot read the evidence index: {detail}",
    ]
}
