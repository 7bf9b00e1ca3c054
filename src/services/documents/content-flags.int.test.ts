import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TApplicationRow } from '@/db/repositories/application.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { csrfFrom } from '@/http/routes/applications/documents.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let storageDir: string;
let app: TApplicationRow;
let applicant: Browser;

beforeAll(async () => {
  database = await openTestDatabase();
  storageDir = mkdtempSync(join(tmpdir(), 'jx-flags-'));
  t = await createTestApp(database, { seed: true, env: testEnv({ STORAGE_DIR: storageDir }) });
  const { userId } = await createApplicant(database.db, t.clock.now(), {
    email: 'applicant@demo.jiangxue.test',
  });
  app = await createApplication(database.db, t.clock.now(), { userId, hostId: 'UCAS' });
  applicant = new Browser(t.app);
  await applicant.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
  rmSync(storageDir, { recursive: true, force: true });
});

async function pdfWith(build: (doc: PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await build(doc);
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/** The documents page's plain form (no JavaScript), as a browser posts it. */
async function upload(slot: string, fileName: string, bytes: Buffer) {
  const page = `/applications/${app.id}/documents`;
  const csrf = await csrfFrom(applicant, page);
  const boundary = '----jx-flags';
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(field('_csrf', csrf) + field('slot', slot) + field('role', 'original')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: page,
    payload,
    headers: {
      cookie: applicant.cookieHeader(),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  });
}

describe(`PDFs with JavaScript or embedded files are flagged to staff (${TEST_DB_KIND})`, () => {
  it('stored with their flags, not refused; staff see the warning on the documents page, the applicant does not', async () => {
    const withScript = await pdfWith((doc) => {
      const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
      doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
    });
    const withFile = await pdfWith((doc) =>
      doc.attach(Buffer.from('hello'), 'note.txt', { mimeType: 'text/plain' }),
    );
    const plain = await pdfWith(() => undefined);
    for (const [slot, name, bytes] of [
      ['transcripts', 'transcripts.pdf', withScript],
      ['passport_copy', 'passport.pdf', withFile],
      ['highest_diploma', 'diploma.pdf', plain],
    ] as const)
      expect((await upload(slot, name, bytes)).statusCode, slot).toBe(303);

    const bySlot = Object.fromEntries(
      (await listApplicationDocuments(database.db, app.id)).map((d) => [d.slot, d.contentFlags]),
    );
    expect(bySlot).toEqual({
      transcripts: ['javascript'],
      passport_copy: ['embedded_file'],
      highest_diploma: [],
    });

    const officer = new Browser(t.app);
    await officer.signIn('admissions@demo.jiangxue.test', DEMO_PASSWORD);
    const staffPage = await officer.get(`/applications/${app.id}/documents?lang=en`);
    expect(staffPage.statusCode).toBe(200);
    expect(staffPage.body).toContain('Open with care: this PDF contains JavaScript.');
    expect(staffPage.body).toContain('Open with care: this PDF contains embedded files.');
    expect(staffPage.body.match(/Open with care/g)).toHaveLength(2);
    const zh = await officer.get(`/applications/${app.id}/documents?lang=zh-CN`);
    expect(zh.body).toContain('请谨慎打开：此PDF含有JavaScript脚本。');

    const own = await applicant.get(`/applications/${app.id}/documents?lang=en`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('transcripts.pdf');
    expect(own.body).not.toContain('Open with care');
  });
});
