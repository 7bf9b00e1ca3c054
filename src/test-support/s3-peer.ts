import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import S3rver from 's3rver';

type TKoaContext = {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  status: number;
  body: unknown;
  type: string;
};
type TS3rver = {
  middleware: ((ctx: TKoaContext, next: () => Promise<void>) => Promise<void>)[];
  run: () => Promise<{ port: number }>;
  close: () => Promise<void>;
  store: { getResourcePath: (bucket: string, key: string | undefined, resource: string) => string };
};

export type TS3Peer = { endpoint: string; bucket: string; close: () => Promise<void> };

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A local S3-compatible peer for tests: s3rver in a temp directory with one bucket, plus the two
 * multipart calls s3rver 3.7 lacks and @tus/s3-store needs — ListParts (GET ?uploadId) and
 * AbortMultipartUpload (DELETE ?uploadId) — read from s3rver's own part files.
 */
export async function startS3Peer(bucket = 'jx-documents'): Promise<TS3Peer> {
  const directory = mkdtempSync(join(tmpdir(), 'jx-s3rver-'));
  const server = new (S3rver as unknown as new (o: object) => TS3rver)({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  server.middleware.unshift(async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    const match = /^\/([^/]+)\/(.+)$/.exec(ctx.path);
    if (
      !uploadId ||
      !match ||
      !/^[0-9a-f]+$/.test(uploadId) ||
      !['GET', 'DELETE'].includes(ctx.method)
    )
      return next();
    const dir = join(server.store.getResourcePath(match[1]!, undefined, 'uploads'), uploadId);
    if (ctx.method === 'DELETE') {
      await rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^\d+$/.test(n));
    const parts = await Promise.all(
      names
        .map(Number)
        .sort((x, y) => x - y)
        .map(async (n) => ({
          n,
          size: (await stat(join(dir, String(n)))).size,
          md5: (await readFile(join(dir, `${n}.md5`), 'utf8').catch(() => '')).trim(),
        })),
    );
    ctx.type = 'application/xml';
    ctx.body =
      `<?xml version="1.0" encoding="UTF-8"?><ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
      `<Bucket>${xml(match[1]!)}</Bucket><Key>${xml(decodeURIComponent(match[2]!))}</Key><UploadId>${uploadId}</UploadId>` +
      `<IsTruncated>false</IsTruncated>` +
      parts
        .map(
          (p) =>
            `<Part><PartNumber>${p.n}</PartNumber><ETag>"${p.md5}"</ETag><Size>${p.size}</Size></Part>`,
        )
        .join('') +
      `</ListPartsResult>`;
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
