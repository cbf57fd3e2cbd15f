/// The certificate page: one A4 sheet in a double frame; the verification box at its foot names
/// the signing key's fingerprint and the command that checks the signed document.
enum CertificateTemplate {
    static let html = """
    <!DOCTYPE html>
    <html lang="{{words.lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Patuh {{document.patuhVersion}}">
    <title>{{t.title}} {{document.number}} — {{document.lpseName}}</title>
    <style>
    {{{css}}}
    @page { size: A4; margin: 12mm; }
    body.certificate { max-width: 52rem; padding: 1rem; }
    .frame { border: 3px double #1f5fa8; padding: 2.2rem 2.6rem 1.6rem; text-align: center; }
    .frame h1 { font-size: 2rem; letter-spacing: .08em; margin: .4rem 0 .3rem; color: #1f5fa8; }
    .frame .number { font-size: 1.05rem; margin: 0 0 1.6rem; }
    .frame .given { color: #5f6368; margin: 0; }
    .frame .holder { font-size: 1.6rem; font-weight: bold; margin: .3rem 0 .1rem; }
    .frame .instansi { margin: 0 0 .2rem; }
    .frame .lpse-id { color: #5f6368; font-size: .9rem; margin: 0 0 1.4rem; }
    .frame table.standards { width: auto; margin: .6rem auto 1.4rem; font-size: 1rem; }
    .frame table.standards td { text-align: left; padding: .25rem .8rem; }
    .frame table.standards td.id { font-weight: bold; white-space: nowrap; }
    .frame ul.standards { columns: 2; column-gap: 2rem; list-style: none; text-align: left; margin: .6rem 0 1.4rem; padding: 0;
                          font-size: .92rem; }
    .frame ul.standards li { position: relative; break-inside: avoid; padding: .2rem 0 .2rem 2.8rem; border-bottom: 1px solid #d7d9dc; }
    .frame ul.standards strong { position: absolute; left: .2rem; }
    .frame .validity { font-size: 1.15rem; margin: 0 0 .3rem; }
    .frame .issued, .frame .basis { color: #5f6368; margin: .1rem 0; }
    .verify { margin-top: 1.8rem; border: 1px solid #d7d9dc; background: #f4f5f7; border-radius: 6px; padding: .7rem 1rem;
              text-align: left; font-size: .9rem; }
    .verify h2 { font-size: 1rem; border: none; margin: 0 0 .3rem; padding: 0; }
    .verify p { margin: .25rem 0; }
    .verify code { font-family: "DejaVu Sans Mono", monospace; font-size: .95em; overflow-wrap: anywhere; }
    .verify .fingerprint { font-family: "DejaVu Sans Mono", monospace; font-size: 1.05em; font-weight: bold; letter-spacing: .04em;
                           white-space: nowrap; }
    .verify p.command { margin: .1rem 0 .4rem; padding: .3rem .5rem; background: #fff; border: 1px solid #d7d9dc; border-radius: 4px; }
    .verify p.command code { white-space: nowrap; }
    .frame footer { margin-top: 1rem; text-align: right; }
    @media print {
      body.certificate { font-size: 10.5pt; padding: 0; }
      .frame { min-height: 265mm; padding: 16mm 12mm 8mm; }
      .frame h1 { font-size: 1.6rem; letter-spacing: .05em; margin: 8mm 0 2mm; }
      .frame .number { margin-bottom: 16mm; }
      .frame .holder { font-size: 1.8rem; }
      .frame .lpse-id { margin-bottom: 14mm; }
      .frame table.standards { margin: 3mm auto 14mm; }
      .frame .validity { font-size: 1.25rem; margin-bottom: 2mm; }
      .verify { margin-top: 18mm; }
      .verify p.command code { font-size: .85em; }
      .frame.many { padding-top: 10mm; } .frame.many h1 { margin-top: 0; } .frame.many .number { margin-bottom: 7mm; }
      .frame.many .lpse-id { margin-bottom: 6mm; } .frame.many ul.standards { margin-bottom: 8mm; font-size: .85rem; }
      .frame.many .verify { margin-top: 8mm; }
    }
    </style>
    </head>
    <body class="certificate">
    <div class="frame{{#words.many}} many{{/words.many}}">
    <h1>{{t.title}}</h1>
    <p class="number">{{t.number}} {{document.number}}</p>
    <p class="given">{{t.givenTo}}</p>
    <p class="holder">{{document.lpseName}}</p>
    <p class="instansi">{{document.instansi}}</p>
    <p class="lpse-id">{{t.lpseId}} {{document.lpseId}}</p>
    <p class="given">{{t.forStandards}}</p>
    {{^words.many}}<table class="standards">
    {{#document.standards}}<tr><td class="id">{{id}}</td><td>{{name}}</td></tr>
    {{/document.standards}}</table>{{/words.many}}
    {{#words.many}}<ul class="standards">
    {{#document.standards}}<li><strong>{{id}}</strong> {{name}}</li>
    {{/document.standards}}</ul>{{/words.many}}
    <p class="validity">{{t.valid}} <strong>{{words.validFrom}}</strong> – <strong>{{words.validUntil}}</strong></p>
    <p class="issued">{{t.issued}} {{words.issued}} · {{t.issuer}} {{document.issuer}}</p>
    {{#words.faktual}}<p class="basis">{{words.faktual}}</p>{{/words.faktual}}
    <p class="basis">{{t.catalog}} {{document.catalogVersion}}</p>
    <div class="verify">
    <h2>{{t.signedHeading}}</h2>
    <p>{{t.signedText}}</p>
    <p>{{t.fingerprint}} <span class="fingerprint">{{document.fingerprint}}</span></p>
    <p>{{t.verifyWith}}</p>
    <p class="command"><code>{{words.verifyCommand}}</code></p>
    <p class="muted">{{t.revocation}}</p>
    </div>
    <footer>{{t.footer}} {{document.patuhVersion}}</footer>
    </div>
    </body>
    </html>

    """
}
