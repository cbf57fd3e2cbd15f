extension MessageCatalog {
    static let enWorkspace: [String: String] = [
        "workspace.notAFolder": "patuh: workspace '{path}' is not a folder",
        "workspace.standards.invalid": "patuh: the standards in '{path}' are not valid; run 'patuh standar validate {path}'",
        "workspace.schema.invalid": "patuh: the schema '{path}' cannot be used",
        "workspace.policy.invalid": "patuh: the scoring policy '{path}' is not valid",
        "workspace.calendar.invalid": "patuh: the holiday calendar in '{path}' cannot be used",
        "workspace.pembinaan.invalid": "patuh: the pembinaan policy '{path}' cannot be used",
        "workspace.database": "patuh: {detail}",
        "workspace.evidence.metadata": "patuh: fix the metadata above (see Standards/schema/bukti.xsd and workspace.xsd)",
        "workspace.evidence.schema": "patuh: the schemas in the standards folder cannot be used",
        "workspace.evidence.unreadable": "patuh: the workspace needs an Evidence/ folder",
        "workspace.evidence.index": "patuh: the evidence index cannot be used",
    ]
}
