#!/usr/bin/env python3
"""Writes the sample workspace's office documents that the content checks read.

    python3 scripts/sample-documents.py        # from the repository root

The XLSX and DOCX files are built with the standard library only (zipfile), the way a
spreadsheet or word processor writes them: shared strings, a styles part with a date format,
dates as serial numbers, a DOCX with a table. Every entry has a fixed time stamp and the
entries come in a fixed order, so running the script again gives the same bytes (the files
are committed; a test reads them, not this script).

It also writes two test fixtures under Tests/Fixtures/content/: an ODT and a DOCX password
policy whose text is split the way word processors split it (an ODT paragraph with
text:span, text:s, text:tab and text:line-break between its words; a DOCX paragraph whose
words are cut across several w:r runs, with a tab stop in its properties), so that the
readers are tested on mixed content in document order.

The planted content gap of the sample (README, "Evidence and the CI gate"): the asset register
of S03.2 has no `pemilik` (owner) column, which S03.2.E1's content check requires.
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
STAMP = (2026, 1, 1, 0, 0, 0)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(path, parts):
    """Writes `parts` (name, text) in order, deflated, with a fixed time stamp."""
    full = os.path.join(ROOT, path)
    with zipfile.ZipFile(full, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"), compresslevel=9)
    print(path)


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def serial(iso):
    """A date as a spreadsheet serial number (days since 1899-12-30)."""
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def xlsx(path, sheet_name, header, rows, dates=()):
    """A workbook of one sheet: text in shared strings, numbers as numbers, the columns named in
    `dates` as date serials with a date style (numFmtId 14)."""
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    lines = []
    for r, values in enumerate([header] + rows, start=1):
        cells = []
        for c, value in enumerate(values):
            ref = f"{column_letters(c)}{r}"
            if value is None or value == "":
                continue
            if r > 1 and header[c] in dates:
                cells.append(f'<c r="{ref}" s="1"><v>{serial(value)}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    last = f"{column_letters(len(header) - 1)}{len(rows) + 1}"
    sheet = (DECL + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><dimension ref="A1:{last}"/>'
             f'<sheetData>{"".join(lines)}</sheetData></worksheet>')
    shared_xml = (DECL + f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                  + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = (DECL + f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    workbook = (DECL + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                f'<sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = (DECL + f'<Relationships xmlns="{PKG}">'
                     f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                     f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    content_types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    root_rels = (DECL + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                 f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    write_zip(path, [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                     ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
                     ("xl/styles.xml", styles), ("xl/sharedStrings.xml", shared_xml),
                     ("xl/worksheets/sheet1.xml", sheet)])


def docx_raw(path, body):
    """A DOCX whose w:body is given as XML (runs split as a word processor splits them)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (DECL + f'<w:document xmlns:w="{W}"><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    content_types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    root_rels = (DECL + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                 f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    os.makedirs(os.path.dirname(os.path.join(ROOT, path)), exist_ok=True)
    write_zip(path, [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                     ("word/document.xml", document)])


def docx(path, paragraphs, table=None):
    """A document of paragraphs (the first as a title) and, optionally, a table after them."""

    def para(text, title=False):
        style = '<w:pPr><w:pStyle w:val="Title"/></w:pPr>' if title else ""
        return f'<w:p>{style}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = "".join(para(text, index == 0) for index, text in enumerate(paragraphs))
    if table:
        rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in table)
        body += f"<w:tbl>{rows}</w:tbl>"
    docx_raw(path, body)


# S03.2: the asset register, with the planted gap: no `pemilik` column.
xlsx("Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx", "Register Aset",
     ["kelas", "kode", "nama", "sub_klasifikasi", "pemegang", "K", "I", "A", "nilai", "masa_berlaku", "keterangan"],
     [["Informasi", "INF-01", "Basis data SPSE", "Basis data", "Budi Santoso", 3, 3, 3, 3.0, "", ""],
      ["SDM", "SDM-01", "Admin PPE", "Administrator", "Budi Santoso", 2, 3, 3, 2.67, "", "NDA 2026"],
      ["Fisik", "FIS-01", "Server SPSE Dell R650", "Server", "Budi Santoso", 2, 3, 3, 2.67, "2029-06-30", ""],
      ["Fisik", "FIS-02", "UPS 10 kVA", "Catu daya", "Budi Santoso", 1, 2, 3, 2.0, "2028-03-31", ""],
      ["Perangkat Lunak", "PL-01", "SPSE 4.5", "Aplikasi", "Budi Santoso", 3, 3, 3, 3.0, "", "Lisensi LKPP"],
      ["Layanan", "LAY-01", "Internet 200 Mbps", "Koneksi", "Budi Santoso", 1, 2, 3, 2.0, "2027-12-31", "Kontrak 027/KTR/2026"],
      ["Tak Berwujud", "TB-01", "Reputasi layanan", "Citra", "", 1, 2, 2, 1.67, "", ""]])

# S04.2: the risk register (keparahan = dampak × pengancam × kerentanan; nilai = keparahan × paparan).
xlsx("Evidence/S04-risiko/S04.2/register-risiko_2026-10-15.xlsx", "Register Risiko",
     ["no", "sub_klasifikasi_aset", "deskripsi", "dampak", "pengancam", "kerentanan", "paparan", "keparahan",
      "nilai_risiko", "tingkat", "mitigasi", "pic", "target_tanggal"],
     [[1, "Server", "Kegagalan disk server SPSE", 4, 1, 3, 1, 12, 12, "Rendah", "", "", ""],
      [2, "Koneksi", "Putus koneksi internet", 4, 2, 3, 2, 24, 48, "Sedang", "Jalur cadangan ISP kedua", "Budi Santoso", "2026-12-31"],
      [3, "Basis data", "Serangan ransomware", 4, 3, 2, 3, 24, 72, "Tinggi", "Backup offline harian, EDR", "Siti Nurhaliza", "2026-12-15"]],
     dates=("target_tanggal",))

# S16.4: LKPP's letters and their follow-up; dates as serial numbers, none overdue.
xlsx("Evidence/S16-kepatuhan/S16.4/register-tindak-lanjut-lkpp_2026-10-19.xlsx", "Tindak Lanjut",
     ["nomor_surat", "tanggal_diterima", "jenis", "standar", "batas_waktu", "status", "tindak_lanjut"],
     [["B-1021/D.3/2026", "2026-04-06", "rekomendasi", "S09", "2026-07-06", "selesai", "Log akses ruang server diterapkan"],
      ["B-2210/D.3/2026", "2026-10-12", "saran", "S12", "2026-12-14", "proses", "Jadwal uji pemulihan disusun"]],
     dates=("tanggal_diterima", "batas_waktu"))

# S17.4: the management review minutes, with their decisions as a table.
docx("Evidence/S17-penilaian-internal/S17.4/notulen-kaji-ulang-manajemen_2026-10-20.docx",
     ["Notulen Kaji Ulang Manajemen 2026",
      "Tanggal: 2026-10-20",
      "Pembahasan: hasil penilaian mandiri, kinerja layanan, kecukupan struktur.",
      "Keputusan:"],
     table=[["No", "Keputusan", "PIC", "Target"],
            ["1", "Tambah ISP kedua", "Budi Santoso", "2026-12-31"],
            ["2", "Jadwalkan uji pemulihan backup", "Siti Nurhaliza", "2026-12-14"]])


def odt(path, content_body):
    """An OpenDocument text as LibreOffice writes it: `mimetype` first and stored, a manifest,
    and content.xml with the office:text body given."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')
    content = (DECL + f'<office:document-content {ns} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="T1" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               f'<office:body><office:text>{content_body}</office:text></office:body></office:document-content>')
    manifest = (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w") as archive:
        info = zipfile.ZipInfo("mimetype", date_time=STAMP)
        info.compress_type = zipfile.ZIP_STORED
        archive.writestr(info, b"application/vnd.oasis.opendocument.text")
        for name, text in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"), compresslevel=9)
    print(path)


# Test fixtures: a password policy in ODT with mixed content, and in DOCX with split runs.
odt("Tests/Fixtures/content/kebijakan-sandi.odt",
    '<text:h text:outline-level="1">Kebijakan <text:span text:style-name="T1">Kata Sandi</text:span> LPSE</text:h>'
    '<text:p>Kata sandi <text:span text:style-name="T1">minimal</text:span> 12 karakter,<text:s/>memuat '
    '<text:span text:style-name="T1">huruf<text:s text:c="3"/>besar</text:span> dan angka.</text:p>'
    '<text:p>Kolom<text:tab/>Nilai<text:line-break/>akhir <text:a xlink:href="https://lpse.contohkab.go.id">situs</text:a> LPSE.</text:p>'
    '<table:table><table:table-row><table:table-cell><text:p>Sel <text:span>satu</text:span> tamat</text:p>'
    '</table:table-cell></table:table-row></table:table>')
docx_raw("Tests/Fixtures/content/kebijakan-sandi.docx",
         '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
         '<w:r><w:t xml:space="preserve">Kata sandi mini</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>mal</w:t></w:r>'
         '<w:r><w:t xml:space="preserve"> 1</w:t></w:r><w:r><w:t>2</w:t></w:r>'
         '<w:r><w:t xml:space="preserve"> karakter</w:t><w:tab/><w:t>TOTP</w:t></w:r></w:p>'
         '<w:p><w:r><w:t xml:space="preserve">Baris </w:t></w:r><w:r><w:br/><w:t>kedua</w:t></w:r></w:p>')
