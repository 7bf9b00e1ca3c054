import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { inspectFile } from './inspect-file';

async function pdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return Buffer.from(await doc.save());
}

function image(format: 'png' | 'jpeg'): Promise<Buffer> {
  const canvas = sharp({ create: { width: 600, height: 400, channels: 3, background: '#888' } });
  return (format === 'png' ? canvas.png() : canvas.jpeg()).toBuffer();
}

describe('inspecting an uploaded file by its bytes (issue 6)', () => {
  it('a PDF: type from the content, SHA-256 and page count, no thumbnail', async () => {
    const bytes = await pdf(3);
    const result = await inspectFile('cv.pdf', bytes);
    expect(result).toMatchObject({
      ok: true,
      type: 'pdf',
      mime: 'application/pdf',
      pageCount: 3,
      thumbnail: null,
    });
    if (result.ok) expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a PNG: a JPEG thumbnail at most 240 px wide', async () => {
    const result = await inspectFile('scan.png', await image('png'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.thumbnail!).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(240);
  });

  it('a PNG named .jpg is refused: the name must agree with the content', async () => {
    expect(await inspectFile('scan.jpg', await image('png'))).toEqual({
      ok: false,
      reason: 'extension_mismatch',
      detected: 'png',
      extension: 'jpg',
    });
  });

  it('a JPEG whose data is broken after its header is refused as unreadable', async () => {
    const jpeg = await image('jpeg');
    const broken = Buffer.concat([jpeg.subarray(0, 200), Buffer.alloc(500, 0xff)]);
    expect(await inspectFile('photo.jpg', broken)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('a ZIP named .pdf is refused by its content', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect(await inspectFile('cv.pdf', zip)).toMatchObject({
      ok: false,
      reason: 'unsupported_type',
    });
  });
});
