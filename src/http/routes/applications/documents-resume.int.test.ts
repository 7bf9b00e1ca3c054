import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TApplicationRow } from '@/db/repositories/application.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';
import { startThrottledProxy } from '@/test-support/throttled-proxy';

import { csrfFrom, makePdf, sha256, uploadWithTus } from './documents.fixture';

let database: TTestDatabase;
let t: TTestApp;
let storageDir: string;
let app: TApplicationRow;
let browser: Browser;
let port: number;

beforeAll(async () => {
  database = await openTestDatabase();
  storageDir = mkdtempSync(join(tmpdir(), 'jx-resume-'));
  t = await createTestApp(database, { seed: true, env: testEnv({ STORAGE_DIR: storageDir }) });
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
  rmSync(storageDir, { recursive: true, force: true });
});

describe('resumable upload with tus-js-client over a real connection', () => {
  it('resumes after the connection drops mid-PATCH: only the lost bytes are sent again', async () => {
    const size = 3 * 1024 * 1024;
    const pdf = await makePdf(2, size);
    let isCut = false;
    const proxy = await startThrottledProxy({
      targetPort: port,
      upBytesPerSecond: 2 * 1024 * 1024,
      onUp: (sent) => {
        if (!isCut && sent > 1024 * 1024) {
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
        metadata: { applicationId: app.id, slot: 'transcripts', filename: 'transcripts.pdf' },
      });
      expect(isCut).toBe(true);
      expect(result.documentId).not.toBeNull();
      const [doc] = await listApplicationDocuments(database.db, app.id);
      expect(doc).toMatchObject({ id: result.documentId, sha256: sha256(pdf), sizeBytes: size });
      // A restart would have sent the first megabyte again: the resume sent at most what was in flight.
      const resent = proxy.bytesUp - size;
      expect(resent).toBeLessThan(256 * 1024);
      const download = await browser.get(`/applications/${app.id}/documents/${doc!.id}`);
      expect(sha256(download.rawPayload)).toBe(sha256(pdf));
    } finally {
      await proxy.close();
    }
  });
});
