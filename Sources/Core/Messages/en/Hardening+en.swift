extension MessageCatalog {
    /// Words of the workspace's safety rules: links, control characters, waits, the chain's anchor.
    static let enHardening: [String: String] = [
        "hardening.link.folder": "patuh: {path} is a symbolic link out of the workspace ({target}); Patuh does not follow it. Make it an ordinary folder inside the workspace",
        "hardening.link.input": "patuh: {path} is a symbolic link or reached through one ({target}); an input read for a result must be a regular file inside the workspace, so that the seal covers it. Copy the file there",
        "hardening.failOn.empty": "patuh: an empty --fail-on would pass everything; name the kinds of problem, e.g. --fail-on missing,expired (kinds: {kinds})",
        "hardening.text.control": "patuh: the text \"{value}\" holds the control character {char} (a line break, tab, ESC or the like); recorded free text may hold visible characters only, on one line",
        "hardening.id.invalid": "patuh: the {what} \"{value}\" is not valid: use letters, digits, dots, underscores and hyphens (starting with a letter or digit, no \"..\", at most 64), e.g. K-2026-001",
        "hardening.what.case": "case id",
        "hardening.what.lpse": "LPSE id",
        "hardening.finding.emptyDescription": "patuh: finding {id} has no description; write what was found (--uraian)",
    ]
}
