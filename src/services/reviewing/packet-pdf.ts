import { buffer } from 'node:stream/consumers';
import type { Readable } from 'node:stream';

import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import PDFDocument from 'pdfkit';

import { pdfFonts } from '../print/pdf-fonts';

/** A one-page PDF with a heading and lines, in any script (the print service's CJK font). */
export async function notePdf(heading: string, lines: readonly string[]): Promise<Uint8Array> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font('bold').fontSize(16).text(heading);
  doc.moveDown();
  doc.font('regular').fontSize(11);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Appends every page of a PDF; false when it cannot be read (encrypted, broken). */
export async function appendPdf(packet: PdfLibDocument, bytes: Uint8Array): Promise<boolean> {
  try {
    const source = await PdfLibDocument.load(bytes, { ignoreEncryption: false });
    const pages = await packet.copyPages(source, source.getPageIndices());
    for (const p of pages) packet.addPage(p);
    return true;
  } catch {
    return false;
  }
}

const A4 = { width: 595.28, height: 841.89, margin: 36 };

/** Appends an image (JPEG or PNG) scaled onto one A4 page; false when it cannot be read. */
export async function appendImage(
  packet: PdfLibDocument,
  bytes: Uint8Array,
  contentType: string,
): Promise<boolean> {
  try {
    const image =
      contentType === 'image/png' ? await packet.embedPng(bytes) : await packet.embedJpg(bytes);
    const page = packet.addPage([A4.width, A4.height]);
    const box = { w: A4.width - 2 * A4.margin, h: A4.height - 2 * A4.margin };
    const scale = Math.min(box.w / image.width, box.h / image.height, 1);
    const w = image.width * scale;
    const h = image.height * scale;
    page.drawImage(image, {
      x: (A4.width - w) / 2,
      y: A4.height - A4.margin - h,
      width: w,
      height: h,
    });
    return true;
  } catch {
    return false;
  }
}

export async function readAll(stream: Readable): Promise<Buffer> {
  return buffer(stream);
}
