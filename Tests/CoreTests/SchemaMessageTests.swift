import Core
import Testing

@Suite("XSD messages said again in the user's language")
struct SchemaMessageTests {
    @Test("the common cases become one sentence with the expected form", arguments: [
        ("Element '{urn:patuh:workspace:1}zona-waktu': [facet 'enumeration'] The value 'Wita' is not an element of the set {'WIB', 'WITA', 'WIT'}.",
         "nilai 'Wita' pada <zona-waktu> tidak dikenal; maksud Anda 'WITA'?"),
        ("Element '{urn:patuh:workspace:1}lpse', attribute 'id': [facet 'pattern'] The value 'LPSE-Kota-Contoh' is not accepted by the pattern '[a-z0-9]+(-[a-z0-9]+)*'.",
         "'LPSE-Kota-Contoh' pada atribut id pada <lpse> bukan id yang sah: pakai huruf kecil, angka dan '-', mis. lpse-kota-contoh"),
        ("Element 'lpse': No matching global declaration available for the validation root.",
         "<lpse xmlns=\"urn:patuh:workspace:1\">"),
        ("Element '{urn:patuh:bukti:1}tanggal': '01-02-2026' is not a valid value of the atomic type '{urn:patuh:bukti:1}Tanggal'.",
         "tanggal '01-02-2026' pada <tanggal> harus ditulis YYYY-MM-DD: tulis 2026-02-01"),
        ("Element '{urn:patuh:workspace:1}lpse': Missing child element(s). Expected is ( {urn:patuh:workspace:1}instansi ).",
         "<lpse> belum lengkap: <instansi> wajib ada"),
        ("Element '{urn:patuh:workspace:1}web': This element is not expected. Expected is one of ( {urn:patuh:workspace:1}situs, {urn:patuh:workspace:1}catatan ).",
         "yang diharapkan: <situs>, <catatan>"),
        ("Element '{urn:patuh:penilaian:1}control', attribute 'status': [facet 'enumeration'] The value 'tdk' is not an element of the set {'memenuhi', 'sebagian', 'tidak', 'tidak-berlaku'}.",
         "pilih salah satu dari: memenuhi, sebagian, tidak, tidak-berlaku"),
        ("Element '{urn:patuh:penilaian:1}control': The attribute 'status' is required but missing.",
         "atribut status wajib ada pada <control>"),
    ])
    func indonesian(message: String, expected: String) throws {
        let sentence = try #require(SchemaMessage.translate(message, .id))
        #expect(sentence.contains(expected), "\(sentence)")
        #expect(!sentence.contains("Element '"))
    }

    @Test("English too; other messages stay as they are; file and line are kept")
    func englishAndOthers() throws {
        let message = "Element '{urn:patuh:bukti:1}tanggal': '2026-2-1' is not a valid value of the atomic type '{urn:patuh:bukti:1}Tanggal'."
        #expect(SchemaMessage.translate(message, .en) == "the date '2026-2-1' in <tanggal> must be written YYYY-MM-DD, e.g. 2026-02-01")
        #expect(SchemaMessage.translate("Opening and ending tag mismatch: a line 1 and b", .id) == nil)
        let diagnostic = Diagnostic(file: "patuh.xml", line: 6, column: 0, message: message).translated(.id)
        #expect(diagnostic.description.hasPrefix("patuh.xml:6:0: error: tanggal '2026-2-1'"))
    }
}
