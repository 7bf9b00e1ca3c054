import { describe, expect, it } from 'vitest';

import { checkDocumentFile, MAX_DOCUMENT_BYTES, safeFileName } from './document-file';

const PDF = { ext: 'pdf', mime: 'application/pdf' };
const PNG = { ext: 'png', mime: 'image/png' };
const JPEG = { ext: 'jpg', mime: 'image/jpeg' };
const EXE = { ext: 'exe', mime: 'application/x-msdownload' };

describe('issue 6: documents are PDF, JPEG or PNG by content, ≤ 20 MB, named for what they are', () => {
  it.each([
    ['a PDF named .pdf → accepted', 'cv.pdf', 100, PDF, { ok: true, type: 'pdf' }],
    ['a PDF named .PDF (upper case) → accepted', 'CV.PDF', 100, PDF, { ok: true, type: 'pdf' }],
    ['a JPEG named .jpeg → accepted', 'photo.jpeg', 100, JPEG, { ok: true, type: 'jpeg' }],
    ['a JPEG named .jpg → accepted', 'photo.jpg', 100, JPEG, { ok: true, type: 'jpeg' }],
    ['a PNG named .png → accepted', 'scan.png', 100, PNG, { ok: true, type: 'png' }],
    ['exactly 20 MB → accepted', 'big.pdf', MAX_DOCUMENT_BYTES, PDF, { ok: true }],
    [
      'one byte over 20 MB → too large',
      'big.pdf',
      MAX_DOCUMENT_BYTES + 1,
      PDF,
      { ok: false, reason: 'too_large' },
    ],
    ['empty → refused', 'none.pdf', 0, undefined, { ok: false, reason: 'empty' }],
    [
      'a PDF renamed .exe → extension mismatch',
      'cv.exe',
      100,
      PDF,
      { ok: false, reason: 'extension_mismatch', detected: 'pdf', extension: 'exe' },
    ],
    [
      'a PNG named .pdf → extension mismatch',
      'scan.pdf',
      100,
      PNG,
      { ok: false, reason: 'extension_mismatch', detected: 'png' },
    ],
    [
      'a PDF with no extension → extension mismatch',
      'cv',
      100,
      PDF,
      { ok: false, reason: 'extension_mismatch', extension: '' },
    ],
    [
      'an .exe renamed .pdf → unsupported type',
      'cv.pdf',
      100,
      EXE,
      { ok: false, reason: 'unsupported_type', detected: 'exe' },
    ],
    [
      'unrecognisable bytes → unsupported type',
      'notes.pdf',
      100,
      undefined,
      { ok: false, reason: 'unsupported_type', detected: null },
    ],
  ])('%s', (_name, fileName, sizeBytes, sniffed, expected) => {
    expect(checkDocumentFile({ fileName, sizeBytes, sniffed })).toMatchObject(expected);
  });
});

describe('safe file names', () => {
  it('keeps the last path segment and Chinese characters, drops control characters and quotes', () => {
    expect(safeFileName('C:\\scans\\护照.pdf')).toBe('护照.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a"b\u0000\nc.pdf')).toBe('abc.pdf');
    expect(safeFileName('')).toBe('document');
  });

  it('shortens a very long name to 200 characters and keeps its extension', () => {
    const name = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
