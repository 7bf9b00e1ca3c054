import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

// Test helpers for printed PDFs: their text through poppler's pdftotext, and their page
// content streams decompressed, to find what was drawn.

const onCi = process.env.CI === 'true' || process.env.CI === '1';

/** Whether poppler-utils' pdftotext is installed. */
export const HAS_PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;

/** Skip PDF-text tests only off CI, and say why; on CI a missing binary fails the tests. */
export const SKIP_PDF_TEXT = !HAS_PDFTOTEXT && !onCi;
if (SKIP_PDF_TEXT)
  console.warn('pdftotext (poppler-utils) is missing: PDF text tests are skipped locally');

/** The text of a PDF as pdftotext extracts it (reading order). */
export function pdfToText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'jx-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every Flate-compressed stream of a PDF, inflated (page contents among them). */
export function pdfStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (or not compressed): skip it.
    }
    re.lastIndex = end;
  }
  return out;
}
