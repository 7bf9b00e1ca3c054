import { deflateSync } from 'node:zlib';

import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import { inspectFile } from './inspect-file';
import { inspectPdf } from './pdf-active-content';

/** A one-page PDF, changed by `build` before it is saved (with or without object streams). */
async function pdfWith(
  build: (doc: PDFDocument) => void | Promise<void> = () => undefined,
  useObjectStreams = false,
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await build(doc);
  return Buffer.from(await doc.save({ useObjectStreams }));
}

/** Opening the document runs `app.alert(…)`: the catalog's OpenAction is a JavaScript action. */
function openActionJavaScript(doc: PDFDocument): void {
  const action = doc.context.obj({
    Type: 'Action',
    S: 'JavaScript',
    JS: PDFString.of('app.alert(1)'),
  });
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
}

describe('active content in an uploaded PDF, flagged to staff', () => {
  it('a plain PDF has no flag', async () => {
    expect(await inspectPdf(await pdfWith())).toEqual({ pageCount: 1, flags: [] });
  });

  it('an OpenAction JavaScript action is flagged, also when the action sits in a compressed object stream', async () => {
    const plain = await pdfWith(openActionJavaScript);
    expect((await inspectPdf(plain)).flags).toEqual(['javascript']);
    const packed = await pdfWith(openActionJavaScript, true);
    // The action's dictionary is inside a Flate object stream: no token in the raw bytes.
    expect(packed.includes('/JavaScript')).toBe(false);
    expect(await inspectPdf(packed)).toEqual({ pageCount: 1, flags: ['javascript'] });
  });

  it('an embedded file (pdf-lib attach) is flagged', async () => {
    const bytes = await pdfWith((doc) =>
      doc.attach(Buffer.from('MZ not really a program'), 'setup.exe', {
        mimeType: 'application/octet-stream',
      }),
    );
    expect((await inspectPdf(bytes)).flags).toEqual(['embedded_file']);
  });

  it('a page’s additional action (/AA) with JavaScript, a Launch link and a RichMedia annotation are flagged', async () => {
    const bytes = await pdfWith((doc) => {
      const page = doc.getPage(0);
      const { context } = doc;
      page.node.set(
        PDFName.of('AA'),
        context.obj({ O: { S: 'JavaScript', JS: PDFString.of('this.print()') } }),
      );
      const launch = context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 10, 10],
        A: { S: 'Launch', F: PDFString.of('cmd.exe') },
      });
      const media = context.obj({ Type: 'Annot', Subtype: 'RichMedia', Rect: [0, 0, 10, 10] });
      page.node.set(
        PDFName.of('Annots'),
        context.obj([context.register(launch), context.register(media)]),
      );
    }, true);
    expect((await inspectPdf(bytes)).flags).toEqual(['javascript', 'launch', 'rich_media']);
  });

  it('a name written with #-escapes (/J#61vaScript) is the same name', async () => {
    const bytes = await pdfWith(openActionJavaScript);
    const escaped = Buffer.from(
      bytes.toString('latin1').replace('/S /JavaScript', '/S /J#61vaScript'),
      'latin1',
    );
    expect(escaped.includes('/J#61vaScript')).toBe(true);
    expect((await inspectPdf(escaped)).flags).toEqual(['javascript']);
  });

  it('a file pdf-lib cannot read is scanned as bytes, inflating its streams; /JSON is not /JS', async () => {
    const hidden = deflateSync(
      Buffer.from('<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>'),
    );
    const broken = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj << /Length 99 /Filter /FlateDecode >> stream\n'),
      hidden,
      Buffer.from('\nendstream\n%%EOF'),
    ]);
    expect((await inspectPdf(broken)).flags).toEqual(['javascript']);
    const harmless = Buffer.from('%PDF-1.7\n1 0 obj << /JSON (x) /EFX 1 >> endobj\n%%EOF');
    expect((await inspectPdf(harmless)).flags).toEqual([]);
  });

  it('the upload inspection carries the flags and does not refuse the file', async () => {
    const result = await inspectFile('form.pdf', await pdfWith(openActionJavaScript, true));
    expect(result).toMatchObject({ ok: true, type: 'pdf', pageCount: 1, flags: ['javascript'] });
  });
});
