// Test fixtures for the documents tests (no production code imports this file).
import { createHash } from 'node:crypto';

import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import * as tus from 'tus-js-client';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export async function makePdf(pages = 2, padTo = 0): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++)
    pdf.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 50, y: 800 });
  const bytes = Buffer.from(await pdf.save());
  // Bytes after %%EOF are ignored by readers: a PDF of any size for size tests.
  return padTo > bytes.length
    ? Buffer.concat([bytes, Buffer.alloc(padTo - bytes.length, 0x20)])
    : bytes;
}

export async function makeJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: '#3366aa' } })
    .jpeg()
    .toBuffer();
}

/** A Windows executable's first bytes ("MZ" header): file-type names it `exe`. */
export const EXE_BYTES = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(2048, 0),
]);

/** The CSRF token a page hands out (the documents page's forms carry one). */
export async function csrfFrom(
  browser: { get: (url: string) => Promise<{ body: string; statusCode: number }> },
  url: string,
): Promise<string> {
  const page = await browser.get(url);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`no CSRF token on ${url} (${page.statusCode})`);
  return token;
}

export function tusMetadata(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');
}

/** Uploads with tus-js-client in Node, as the browser script does; resolves with the upload URL. */
export function uploadWithTus(
  bytes: Buffer,
  opts: {
    endpoint: string;
    headers: Record<string, string>;
    metadata: Record<string, string>;
    chunkSize?: number;
    retryDelays?: number[];
    onProgress?: (sent: number, total: number) => void;
  },
): Promise<{ url: string; documentId: string | null }> {
  return new Promise((resolve, reject) => {
    let documentId: string | null = null;
    const upload = new tus.Upload(bytes, {
      endpoint: opts.endpoint,
      headers: opts.headers,
      metadata: opts.metadata,
      chunkSize: opts.chunkSize ?? Infinity,
      retryDelays: opts.retryDelays ?? [0, 200, 500, 1000, 2000],
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      onAfterResponse: (_req, res) => {
        documentId = res.getHeader('X-Document-Id') ?? documentId;
      },
      onShouldRetry: (err) => {
        const status = err.originalResponse?.getStatus() ?? 0;
        return !(status >= 400 && status < 500 && status !== 409 && status !== 423);
      },
      onError: reject,
      onSuccess: () => resolve({ url: upload.url ?? '', documentId }),
    });
    upload.start();
  });
}
