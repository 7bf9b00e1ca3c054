import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TEnv } from '@/config/env';
import type { TApplicationRow } from '@/db/repositories/application.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { readAll } from '@/services/documents/storage/upload-store';
import { s3SettingsOf, storageFor } from '@/services/documents/storage/create-storage';
import { s3ClientConfig } from '@/services/documents/storage/s3-storage';
import { StorageNotFoundError } from '@/services/documents/storage/storage';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { startS3Peer, type TS3Peer } from '@/test-support/s3-peer';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';
import { startThrottledProxy } from '@/test-support/throttled-proxy';

import { csrfFrom, makePdf, sha256, uploadWithTus } from './documents.fixture';

const BUCKET = 'jx-documents';
let s3: TS3Peer;
let env: TEnv;
let database: TTestDatabase;
let t: TTestApp;
let app: TApplicationRow;
let browser: Browser;
let port: number;

async function bucketKeys(): Promise<string[]> {
  const client = new S3Client(s3ClientConfig(s3SettingsOf(env)!));
  const res = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  client.destroy();
  return (res.Contents ?? []).map((o) => o.Key ?? '');
}

beforeAll(async () => {
  s3 = await startS3Peer(BUCKET);
  env = testEnv({
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    STORAGE_DIR: join(tmpdir(), 'jx-s3-unused'),
  });
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true, env });
  const userId = (
    await createApplicant(database.db, t.clock.now(), { email: 'applicant@demo.jiangxue.test' })
  ).userId;
  app = await createApplication(database.db, t.clock.now(), { userId: userId, hostId: 'UCAS' });
  browser = new Browser(t.app);
  await browser.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
  await s3.close();
});

describe('S3-compatible storage (s3rver)', () => {
  it('round-trips a file and its SHA-256; a deleted key is not found', async () => {
    const storage = storageFor(env);
    expect(storage.kind).toBe('s3');
    const bytes = await makePdf(1, 3 * 1024 * 1024);
    await storage.put('documents/test/roundtrip', Readable.from(bytes), {
      sizeBytes: bytes.length,
      contentType: 'application/pdf',
    });
    const back = await readAll(await storage.get('documents/test/roundtrip'), 10 * 1024 * 1024);
    expect(sha256(back)).toBe(sha256(bytes));
    await storage.delete('documents/test/roundtrip');
    await expect(storage.get('documents/test/roundtrip')).rejects.toBeInstanceOf(
      StorageNotFoundError,
    );
  });

  it('a tus upload cut mid-way resumes from the bucket, is stored under its key and leaves no upload parts', async () => {
    const size = 7 * 1024 * 1024;
    const pdf = await makePdf(2, size);
    let isCut = false;
    const proxy = await startThrottledProxy({
      targetPort: port,
      upBytesPerSecond: 4 * 1024 * 1024,
      onUp: (sent) => {
        if (!isCut && sent > 2 * 1024 * 1024) {
          isCut = true;
          proxy.cutAll();
        }
      },
    });
    try {
      const csrf = await csrfFrom(browser, `/applications/${app.id}/documents`);
      const result = await uploadWithTus(pdf, {
        endpoint: `http://127.0.0.1:${proxy.port}/uploads`,
        headers: { cookie: browser.cookieHeader(), 'x-csrf-token': csrf },
        metadata: { applicationId: app.id, slot: 'passport_copy', filename: 'passport.pdf' },
      });
      expect(isCut).toBe(true);
      const [doc] = await listApplicationDocuments(database.db, app.id);
      expect(doc).toMatchObject({ id: result.documentId, sha256: sha256(pdf), sizeBytes: size });
      expect(proxy.bytesUp - size).toBeLessThan(512 * 1024);
      const download = await browser.get(`/applications/${app.id}/documents/${doc!.id}`);
      expect(download.statusCode).toBe(200);
      expect(sha256(download.rawPayload)).toBe(sha256(pdf));
      expect(await bucketKeys()).toEqual([doc!.storageKey]);
    } finally {
      await proxy.close();
    }
  });
});
