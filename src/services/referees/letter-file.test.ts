import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import { inspectLetter, MAX_LETTER_BYTES } from './letter-file';

async function pdfBytes(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage();
  return Buffer.from(await pdf.save());
}

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(120)]);

describe('inspectLetter: a referee letter is a PDF by its bytes, then its name', () => {
  it('a PDF named .pdf is accepted with its page count and fingerprint', async () => {
    const result = await inspectLetter('Letter for Amina.pdf', await pdfBytes(3));
    expect(result).toMatchObject({ ok: true, fileName: 'Letter for Amina.pdf', pageCount: 3 });
    expect(result.ok && result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a letter with JavaScript is accepted, flagged for staff; a plain one has no flag', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const action = pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.register(action));
    const scripted = await inspectLetter('letter.pdf', Buffer.from(await pdf.save()));
    expect(scripted).toMatchObject({ ok: true, flags: ['javascript'] });
    expect(await inspectLetter('letter.pdf', await pdfBytes(1))).toMatchObject({ flags: [] });
  });

  it('an .exe renamed .pdf is not a PDF', async () => {
    expect(await inspectLetter('letter.pdf', EXE)).toEqual({ ok: false, error: 'not_pdf' });
  });

  it('a PDF renamed .exe has the wrong extension', async () => {
    expect(await inspectLetter('letter.exe', await pdfBytes(1))).toEqual({
      ok: false,
      error: 'wrong_extension',
    });
  });

  it('an image is not a letter PDF, even a valid one', async () => {
    expect(await inspectLetter('letter.png', PNG)).toEqual({ ok: false, error: 'not_pdf' });
  });

  it('an empty file is refused', async () => {
    expect(await inspectLetter('letter.pdf', Buffer.alloc(0))).toEqual({
      ok: false,
      error: 'empty',
    });
  });

  it('exactly over 20 MB is too large', async () => {
    const big = Buffer.concat([await pdfBytes(1), Buffer.alloc(MAX_LETTER_BYTES)]);
    expect(await inspectLetter('letter.pdf', big)).toEqual({ ok: false, error: 'too_large' });
  });
});
