import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TEnv } from '@/config/env';
import type { TApplicationRow } from '@/db/repositories/application.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import {
  csrfFrom,
  makePdf,
  sha256,
  tusMetadata,
} from '@/http/routes/applications/documents.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { s3SettingsOf } from '@/services/documents/storage/create-storage';
import { s3ClientConfig } from '@/services/documents/storage/s3-storage';
import { startS3Peer, type TS3Peer } from '@/test-support/s3-peer';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from '@/test-support/test-database';

import { sweepUploads } from './sweep-uploads.handler';

const T0 = '2026-01-10T02:00:00.000Z';
const hoursAfter = (h: number) => new Date(Date.parse(T0) + h * 3_600_000).toISOString();

type TStore = {
  name: string;
  env: () => Promise<TEnv>;
  /** Every file or object the tus store holds (unfinished uploads only). */
  uploadFiles: (env: TEnv) => Promise<string[]>;
  close: () => Promise<void>;
};

let storageDir = '';
let s3: TS3Peer | null = null;
const STORES: TStore[] = [
  {
    name: 'local disk',
    env: async () => {
      storageDir = mkdtempSync(join(tmpdir(), 'jx-sweep-'));
      return testEnv({ STORAGE_DIR: storageDir });
    },
    uploadFiles: async () => {
      try {
        return readdirSync(join(storageDir, 'tus')).sort();
      } catch {
        return [];
      }
    },
    close: async () => rmSync(storageDir, { recursive: true, force: true }),
  },
  {
    name: 'S3 (s3rver)',
    env: async () => {
      s3 = await startS3Peer('jx-sweep');
      return testEnv({
        S3_BUCKET: 'jx-sweep',
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: 'true',
        STORAGE_DIR: join(tmpdir(), 'jx-sweep-unused'),
      });
    },
    // Documents are under documents/; the tus store keeps <id>, <id>.info, <id>.part at the root.
    uploadFiles: async (env) => {
      const client = new S3Client(s3ClientConfig(s3SettingsOf(env)!));
      const res = await client.send(new ListObjectsV2Command({ Bucket: 'jx-sweep' }));
      client.destroy();
      return (res.Contents ?? [])
        .map((o) => o.Key ?? '')
        .filter((k) => !k.startsWith('documents/'))
        .sort();
    },
    close: async () => s3?.close(),
  },
];

describe.each(STORES)(`the sweep of abandoned uploads on $name (${TEST_DB_KIND})`, (store) => {
  let database: TTestDatabase;
  let t: TTestApp;
  let env: TEnv;
  let app: TApplicationRow;
  let browser: Browser;

  beforeAll(async () => {
    env = await store.env();
    database = await openTestDatabase();
    t = await createTestApp(database, { seed: true, env });
    t.clock.set(T0);
    const { userId } = await createApplicant(database.db, t.clock.now(), {
      email: 'applicant@demo.jiangxue.test',
    });
    app = await createApplication(database.db, t.clock.now(), { userId, hostId: 'UCAS' });
  });
  afterAll(async () => {
    await t?.app.close();
    await database?.drop();
    await store.close();
  });

  /** A tus request as tus-js-client sends it, with the documents page's CSRF token. */
  async function tus(
    method: 'POST' | 'PATCH' | 'HEAD',
    url: string,
    headers: Record<string, string>,
    payload?: Buffer,
  ) {
    const token = await csrfFrom(browser, `/applications/${app.id}/documents`);
    return t.app.inject({
      method,
      url,
      headers: {
        cookie: browser.cookieHeader(),
        'tus-resumable': '1.0.0',
        'x-csrf-token': token,
        ...headers,
      },
      ...(payload ? { payload } : {}),
    });
  }

  /** A fresh session at the clock's time (sessions end after 30 idle minutes). */
  async function signIn(): Promise<void> {
    browser = new Browser(t.app);
    await browser.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
  }

  /** Signs in at the clock's time and starts an upload of `bytes`, sending `sent` of them. */
  async function startUpload(bytes: Buffer, sent: number, slot: string): Promise<string> {
    await signIn();
    const created = await tus('POST', '/uploads', {
      'upload-length': String(bytes.length),
      'upload-metadata': tusMetadata({ applicationId: app.id, slot, filename: `${slot}.pdf` }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const location = created.headers.location as string;
    const patch = await tus(
      'PATCH',
      location,
      { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      bytes.subarray(0, sent),
    );
    expect(patch.statusCode).toBe(204);
    return location;
  }

  const idOf = (location: string) => location.split('/').at(-1)!;

  it('an upload started 25 h ago goes with its bytes; one started 23 h ago and a finished one stay', async () => {
    const pdf = await makePdf(1, 8 * 1024);
    t.clock.set(T0);
    const old = await startUpload(pdf, 1024, 'transcripts');
    const done = await startUpload(pdf, pdf.length, 'passport_copy');
    t.clock.set(hoursAfter(2));
    const recent = await startUpload(pdf, 2048, 'highest_diploma');
    const [document] = await listApplicationDocuments(database.db, app.id);
    expect(document?.slot).toBe('passport_copy');
    const before = await store.uploadFiles(env);
    expect(before.some((f) => f.startsWith(idOf(old)))).toBe(true);
    expect(before.some((f) => f.startsWith(idOf(recent)))).toBe(true);
    // The finished upload left nothing in the tus store: its document holds the bytes.
    expect(before.some((f) => f.startsWith(idOf(done)))).toBe(false);

    // 25 h after the first, 23 h after the other.
    t.clock.set(hoursAfter(25));
    expect(await sweepUploads(t.deps)).toEqual({ removed: [idOf(old)] });
    const after = await store.uploadFiles(env);
    expect(after.filter((f) => f.startsWith(idOf(old)))).toEqual([]);
    expect(after).toEqual(before.filter((f) => !f.startsWith(idOf(old))));
    // The one started 23 h ago resumes where it stopped; the finished document is untouched.
    await signIn();
    expect((await tus('HEAD', recent, {})).headers['upload-offset']).toBe('2048');
    const [stillThere] = await listApplicationDocuments(database.db, app.id);
    expect(stillThere?.id).toBe(document!.id);
    const download = await browser.get(`/applications/${app.id}/documents/${document!.id}`);
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(sha256(pdf));
    // The removed upload is gone for its client too.
    expect((await tus('HEAD', old, {})).statusCode).toBe(404);

    // Idempotent: the same hour again removes nothing; a day after the second, it goes too.
    expect(await sweepUploads(t.deps)).toEqual({ removed: [] });
    t.clock.set(hoursAfter(26.5));
    expect(await sweepUploads(t.deps)).toEqual({ removed: [idOf(recent)] });
    expect(await store.uploadFiles(env)).toEqual([]);
  });
});
