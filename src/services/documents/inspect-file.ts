import { createHash } from 'node:crypto';

import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

import {
  checkDocumentFile,
  type TDocumentType,
  type TFileCheck,
} from '@/domain/applications/document-file';

import { inspectPdf, type TPdfFlag } from './pdf-active-content';

export type TInspected =
  | {
      ok: true;
      type: TDocumentType;
      mime: string;
      sha256: string;
      sizeBytes: number;
      pageCount: number | null;
      /** A small JPEG of an image document; null for PDFs. */
      thumbnail: Buffer | null;
      /** What a PDF may do beyond showing pages (JavaScript, embedded files …), for staff. */
      flags: TPdfFlag[];
    }
  | Exclude<TFileCheck, { ok: true }>
  | { ok: false; reason: 'unreadable' };

const THUMBNAIL_WIDTH = 240;

async function thumbnailOf(bytes: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .jpeg({ quality: 70 })
      .toBuffer();
  } catch {
    return null;
  }
}

/**
 * Judges an uploaded file by its bytes (file-type reads the magic numbers), then its name;
 * computes its SHA-256 and, for PDFs, its page count and active content (flagged to staff,
 * never refused) or, for images, a thumbnail. An image that cannot be decoded is refused: it
 * would not open for a reviewer either.
 * @example const result = await inspectFile('passport.pdf', bytes); if (result.ok) result.sha256;
 */
export async function inspectFile(fileName: string, bytes: Buffer): Promise<TInspected> {
  const sniffed = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  const check = checkDocumentFile({ fileName, sizeBytes: bytes.length, sniffed });
  if (!check.ok) return check;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (check.type === 'pdf') {
    const { pageCount, flags } = await inspectPdf(bytes);
    return { ...check, sha256, sizeBytes: bytes.length, pageCount, thumbnail: null, flags };
  }
  const thumbnail = await thumbnailOf(bytes);
  if (!thumbnail) return { ok: false, reason: 'unreadable' };
  return { ...check, sha256, sizeBytes: bytes.length, pageCount: null, thumbnail, flags: [] };
}
