extension MessageCatalog {
    /// Changing a workspace without writing XML: `bukti catat|sahkan`, `profil ubah`, the answer
    /// file's editor and uploads (the CLI and `patuh buka` alike).
    static let enEditing: [String: String] = [
        // Writing inside the workspace
        "edit.folder.missing": "patuh: the folder of '{path}' does not exist",
        "edit.outsideWorkspace": "patuh: '{path}' lies outside the workspace {root}; Patuh writes only inside the workspace",
        "edit.notRegular": "patuh: '{path}' is not a regular file (a link, folder or device); nothing was written",
        "edit.unreadable": "patuh: '{path}' cannot be read: {detail}",
        "edit.vanished": "patuh: '{path}' disappeared since it was read; nothing was written",
        "edit.conflict": "patuh: '{path}' changed on disk since it was read; nothing was written, reload and try again",
        "edit.writeFailed": "patuh: '{path}' cannot be written: {detail}; the old file is intact",
        // bukti catat|sahkan
        "edit.record.empty": "patuh bukti catat: nothing to record for '{path}'; give e.g. --nomor, --tanggal, --berlaku-sampai or --aturan",
        "edit.document.notEvidence": "patuh: '{path}' is not an evidence document in a control folder (Evidence/<standard>/<control>/) or in Evidence/_bersama/",
        "edit.document.missing": "patuh: '{path}' does not exist; save the document in that folder first",
        "edit.document.missingGuess": "patuh: '{path}' does not exist; did you mean '{guess}'?",
        "edit.bukti.invalid": "patuh: '{path}' is not valid and was not changed; fix the problems above first",
        "edit.bukti.rejected": "patuh: the change to '{path}' is refused by bukti.xsd; nothing was written",
        "edit.rule.unknown": "patuh: evidence rule {rule} is not in the catalog (the form is e.g. S01.1.E1)",
        "edit.rule.otherControl": "patuh: evidence rule {rule} belongs to control {control}, not {folder}; keep the document in the folder of {control} or in Evidence/_bersama/",
        "edit.window.reversed": "patuh: berlaku-mulai {from} is after berlaku-sampai {until}",
        "edit.bukti.created": "{file} created with the entry of {document}:",
        "edit.bukti.added": "Entry of {document} added to {file}:",
        "edit.bukti.updated": "Entry of {document} in {file} updated:",
        // profil ubah
        "profile.change.empty": "patuh profil ubah: nothing to change; give e.g. --nama, --instansi, --zona, --infrastruktur or --situs",
        "profile.missing": "patuh: '{path}' does not exist yet; make a workspace with: patuh init",
        "profile.unreadable": "patuh: '{path}' cannot be read as a workspace profile (<lpse>)",
        "profile.rejected": "patuh: the change to '{path}' is refused by workspace.xsd; nothing was written",
        "profile.zone.invalid": "patuh: --zona '{value}' is unknown; choose WIB, WITA or WIT",
        "profile.hosting.invalid": "patuh: --infrastruktur '{value}' is unknown; choose sendiri, provinsi or lkpp",
        "profile.done": "patuh.xml updated: {id} · {name} · {instansi} · zone {zone} · hosting {hosting}",
        // XSD messages said again (SchemaMessage)
        "xsd.attribute": "attribute {attribute} of <{element}>",
        "xsd.namespace": "<{element}> is not recognised: write the document element with its namespace, <{element} xmlns=\"{namespace}\">",
        "xsd.enumeration": "the value '{value}' of {subject} is unknown; choose one of: {allowed}",
        "xsd.enumeration.guess": "the value '{value}' of {subject} is unknown; did you mean '{guess}'? (choices: {allowed}; case matters)",
        "xsd.pattern.id": "'{value}' in {subject} is not a valid id: use lower-case letters, digits and '-', e.g. lpse-kota-contoh",
        "xsd.pattern.rule": "'{value}' in {subject} is not an evidence rule id: the form is S01.1.E1 (standard, control, E and the rule's number)",
        "xsd.pattern": "'{value}' in {subject} does not have the required form (pattern {pattern})",
        "xsd.empty": "{subject} must not be empty",
        "xsd.date": "the date '{value}' in {subject} must be written YYYY-MM-DD, e.g. 2026-02-01",
        "xsd.date.swapped": "the date '{value}' in {subject} must be written YYYY-MM-DD: write {date}",
        "xsd.dateTime": "the time '{value}' in {subject} must be ISO 8601 with a zone, e.g. 2026-11-20T10:00:00+07:00",
        "xsd.type": "the value '{value}' of {subject} is not a valid {type}",
        "xsd.missing": "<{element}> is incomplete: {expected} is required (elements follow the schema's order)",
        "xsd.unexpected": "<{element}> is not expected here; expected: {expected} (check the spelling and the order of elements)",
        "xsd.unexpected.none": "<{element}> is not expected here (check the spelling and the order of elements)",
        "xsd.attribute.missing": "attribute {attribute} is required on <{element}>",
        "xsd.attribute.unexpected": "attribute {attribute} is not known on <{element}> (check its spelling)",
        "xsd.list": "'{value}' in {subject} is not a valid list (values separated by spaces, each in the required form)",
    ]
}
