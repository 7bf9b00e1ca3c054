import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findApplication, type TApplicationRow } from '@/db/repositories/application.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { applicationEvents, auditLog, documents } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { listMissingDocuments } from '@/services/documents/missing-documents';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { csrfFrom, EXE_BYTES, makeJpeg, makePdf, sha256, tusMetadata } from './documents.fixture';

let database: TTestDatabase;
let t: TTestApp;
let storageDir: string;
let appA: TApplicationRow;
let a: Browser;
let b: Browser;

const MB = 1024 * 1024;
const page = (app: TApplicationRow) => `/applications/${app.id}/documents`;

/** A multipart body as a browser sends the plain upload form. */
function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = `----jx${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function postForm(
  browser: Browser,
  app: TApplicationRow,
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer },
  opts: { csrf?: boolean; csrfFrom?: string } = {},
): Promise<LightMyRequestResponse> {
  const token = opts.csrf === false ? '' : await csrfFrom(browser, opts.csrfFrom ?? page(app));
  const body = multipart(opts.csrf === false ? fields : { _csrf: token, ...fields }, file);
  return t.app.inject({
    method: 'POST',
    url: page(app),
    payload: body.payload,
    headers: { cookie: browser.cookieHeader(), 'content-type': body.contentType },
  });
}

/** tus requests as tus-js-client sends them, through app.inject. */
async function tus(
  browser: Browser,
  method: 'POST' | 'PATCH' | 'HEAD' | 'DELETE',
  url: string,
  headers: Record<string, string> = {},
  payload?: Buffer,
  csrfPage?: string,
): Promise<LightMyRequestResponse> {
  const token = csrfPage ? await csrfFrom(browser, csrfPage) : '';
  return t.app.inject({
    method,
    url,
    headers: {
      cookie: browser.cookieHeader(),
      'tus-resumable': '1.0.0',
      ...(token ? { 'x-csrf-token': token } : {}),
      ...headers,
    },
    ...(payload ? { payload } : {}),
  });
}

async function tusCreate(
  browser: Browser,
  app: TApplicationRow,
  size: number,
  meta: Record<string, string>,
  csrfPage = page(app),
): Promise<LightMyRequestResponse> {
  return tus(
    browser,
    'POST',
    '/uploads',
    {
      'upload-length': String(size),
      'upload-metadata': tusMetadata({ applicationId: app.id, ...meta }),
    },
    undefined,
    csrfPage,
  );
}

async function tusPatch(
  browser: Browser,
  app: TApplicationRow,
  location: string,
  offset: number,
  bytes: Buffer,
) {
  return tus(
    browser,
    'PATCH',
    location,
    { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    bytes,
    page(app),
  );
}

async function docsOf(app: TApplicationRow) {
  return listApplicationDocuments(database.db, app.id);
}

/** Files left in storage (documents and unfinished uploads), temp files excluded. */
function storedFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === '.tmp' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
    );
  try {
    return walk(storageDir);
  } catch {
    return [];
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  storageDir = mkdtempSync(join(tmpdir(), 'jx-docs-'));
  t = await createTestApp(database, { seed: true, env: testEnv({ STORAGE_DIR: storageDir }) });
  const now = t.clock.now();
  const userA = (await createApplicant(database.db, now, { email: 'applicant@demo.jiangxue.test' }))
    .userId;
  await createApplicant(database.db, now, { email: 'other.applicant@example.test' });
  appA = await createApplication(database.db, now, { userId: userA, hostId: 'UCAS' });
  a = new Browser(t.app);
  await a.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
  b = new Browser(t.app);
  await b.signIn('other.applicant@example.test', DEMO_PASSWORD);
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
  rmSync(storageDir, { recursive: true, force: true });
});

describe('the documents page', () => {
  it('R-CSC-APPLY: shows each CSC slot with what it needs, and who fills it', async () => {
    const res = await a.get(page(appA));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Foreigner Physical Examination Form');
    expect(res.body).toContain('Only for: music applicants');
    expect(res.body).toContain('Your referees upload these letters');
    expect(res.body).toContain('enctype="multipart/form-data"');
    expect(res.body).toContain('name="issuedOn"');
    expect(res.body).toContain('/assets/vendor/tus.min.js');
  });

  it('serves the tus client script from our own origin', async () => {
    const res = await a.get('/assets/vendor/tus.min.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.body).toContain('tus');
  });
});

describe('resumable uploads (tus protocol)', () => {
  it('a PDF uploaded in two PATCHes is stored with its type, SHA-256, pages, event and audit row', async () => {
    const pdf = await makePdf(3);
    const created = await tusCreate(a, appA, pdf.length, {
      slot: 'passport_copy',
      filename: '护照 "scan".pdf',
    });
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    expect(location).toMatch(/^\/uploads\/[0-9a-f]+$/);
    const half = Math.floor(pdf.length / 2);
    const first = await tusPatch(a, appA, location, 0, pdf.subarray(0, half));
    expect(first.statusCode).toBe(204);
    expect(first.headers['upload-offset']).toBe(String(half));
    const head = await tus(a, 'HEAD', location);
    expect(head.headers['upload-offset']).toBe(String(half));
    const last = await tusPatch(a, appA, location, half, pdf.subarray(half));
    expect(last.statusCode).toBe(204);
    const documentId = last.headers['x-document-id'] as string;

    const [row] = (await docsOf(appA)).filter((d) => d.id === documentId);
    expect(row).toMatchObject({
      slot: 'passport_copy',
      role: 'original',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      pageCount: 3,
      fileName: '护照 scan.pdf',
    });
    // The unfinished upload is gone once stored.
    expect((await tus(a, 'HEAD', location)).statusCode).toBe(404);
    const events = await database.db
      .select()
      .from(applicationEvents)
      .where(
        and(
          eq(applicationEvents.applicationId, appA.id),
          eq(applicationEvents.kind, 'document_uploaded'),
        ),
      );
    expect(events.length).toBeGreaterThan(0);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, documentId));
    expect(audits.map((r) => r.action)).toEqual(['document.uploaded']);

    const download = await a.get(`${page(appA)}/${documentId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="__ scan.pdf"; filename*=UTF-8''${encodeURIComponent('护照 scan.pdf')}`,
    );
    expect(sha256(download.rawPayload)).toBe(sha256(pdf));
    const listed = await a.get(page(appA));
    expect(listed.body).toContain('护照 scan.pdf');
    expect(listed.body).toContain('PDF, ');
    expect(listed.body).toContain('3 pages');
    expect(listed.body).toContain('Beijing time');
  });

  it('a 21 MB file is refused at creation with a clear message, before any byte travels', async () => {
    const before = await findApplication(database.db, appA.id);
    const res = await tusCreate(a, appA, 21 * MB, { slot: 'transcripts', filename: 'big.pdf' });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('The file is larger than 20 MB');
    expect(await findApplication(database.db, appA.id)).toEqual(before);
  });

  it('a PDF renamed .exe is refused at creation: the name says it is no PDF, JPEG or PNG', async () => {
    const res = await tusCreate(a, appA, 1000, {
      slot: 'transcripts',
      filename: 'transcripts.exe',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('this file’s name ends in “.exe”');
  });

  it('an .exe renamed .pdf is refused when its bytes arrive, and leaves nothing behind', async () => {
    const before = await findApplication(database.db, appA.id);
    const docsBefore = await docsOf(appA);
    const filesBefore = storedFiles();
    const created = await tusCreate(a, appA, EXE_BYTES.length, {
      slot: 'transcripts',
      filename: 'transcripts.pdf',
    });
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    const res = await tusPatch(a, appA, location, 0, EXE_BYTES);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('This file is not a PDF, JPEG or PNG, whatever its name says');
    expect(res.body).toContain('“exe”');
    expect((await tus(a, 'HEAD', location)).statusCode).toBe(404);
    expect(await docsOf(appA)).toEqual(docsBefore);
    expect(storedFiles().sort()).toEqual(filesBefore.sort());
    expect(await findApplication(database.db, appA.id)).toEqual(before);
  });

  it('applicant B cannot create an upload into A’s application, nor read or resume A’s upload (404)', async () => {
    const created = await tusCreate(
      b,
      appA,
      100,
      { slot: 'transcripts', filename: 'x.pdf' },
      '/account',
    );
    expect(created.statusCode).toBe(404);
    const own = await tusCreate(a, appA, 1000, { slot: 'transcripts', filename: 't.pdf' });
    const location = own.headers.location as string;
    expect((await tus(b, 'HEAD', location)).statusCode).toBe(404);
    const patch = await tus(
      b,
      'PATCH',
      location,
      { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      Buffer.alloc(10),
      '/account',
    );
    expect(patch.statusCode).toBe(404);
    expect((await tus(a, 'HEAD', location)).headers['upload-offset']).toBe('0');
    await tus(a, 'DELETE', location, {}, undefined, page(appA));
  });

  it('tus requests without the page’s CSRF token are refused (403)', async () => {
    const res = await tus(a, 'POST', '/uploads', {
      'upload-length': '10',
      'upload-metadata': tusMetadata({
        applicationId: appA.id,
        slot: 'transcripts',
        filename: 'a.pdf',
      }),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the plain form without JavaScript (multipart)', () => {
  it('uploads a JPEG: stored with a thumbnail, then replaced by the next upload to the slot', async () => {
    const jpeg = await makeJpeg();
    const res = await postForm(
      a,
      appA,
      { slot: 'highest_diploma', role: 'original' },
      { name: 'diploma.JPG', bytes: jpeg },
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${page(appA)}?uploaded=1#slot-highest_diploma`);
    const [first] = (await docsOf(appA)).filter((d) => d.slot === 'highest_diploma');
    expect(first).toMatchObject({
      contentType: 'image/jpeg',
      sha256: sha256(jpeg),
      pageCount: null,
    });
    expect(first!.thumbnailKey).not.toBeNull();
    const thumb = await a.get(`${page(appA)}/${first!.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect((await a.get(`${page(appA)}?uploaded=1`)).body).toContain('Your document is uploaded.');

    const pdf = await makePdf(1);
    const again = await postForm(
      a,
      appA,
      { slot: 'highest_diploma' },
      { name: 'diploma.pdf', bytes: pdf },
    );
    expect(again.statusCode).toBe(303);
    const now = (await docsOf(appA)).filter((d) => d.slot === 'highest_diploma');
    expect(now).toHaveLength(1);
    expect(now[0]!.sha256).toBe(sha256(pdf));
    expect((await a.get(`${page(appA)}/${first!.id}`)).statusCode).toBe(404);
    expect(storedFiles().some((f) => f.includes(first!.id))).toBe(false);
  });

  it('a PDF renamed .exe is refused, naming what the file is and what to rename it to', async () => {
    const res = await postForm(
      a,
      appA,
      { slot: 'transcripts' },
      { name: 'transcripts.exe', bytes: await makePdf(1) },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(
      'This file is a PDF, but its name ends in “.exe”. Rename it to end in “.pdf”',
    );
    expect(res.body).toContain('href="#file-transcripts"');
  });

  it('an .exe renamed .pdf is refused by its content', async () => {
    const res = await postForm(
      a,
      appA,
      { slot: 'transcripts' },
      { name: 'transcripts.pdf', bytes: EXE_BYTES },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('This file is not a PDF, JPEG or PNG, whatever its name says');
  });

  it('a 21 MB file is refused with a clear error, nothing stored and the draft untouched', async () => {
    const before = await findApplication(database.db, appA.id);
    const docsBefore = await docsOf(appA);
    const big = await makePdf(1, 21 * MB);
    const res = await postForm(a, appA, { slot: 'transcripts' }, { name: 'big.pdf', bytes: big });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('The file is larger than 20 MB');
    expect(await docsOf(appA)).toEqual(docsBefore);
    expect(await findApplication(database.db, appA.id)).toEqual(before);
  });

  it('refuses a form without its CSRF token (403) and stores nothing', async () => {
    const docsBefore = await docsOf(appA);
    const res = await postForm(
      a,
      appA,
      { slot: 'transcripts' },
      { name: 't.pdf', bytes: await makePdf(1) },
      { csrf: false },
    );
    expect(res.statusCode).toBe(403);
    expect(await docsOf(appA)).toEqual(docsBefore);
  });

  it('R-CSC-ELIG: the physical examination form needs its date, kept as issuedOn', async () => {
    const pdf = await makePdf(1);
    const without = await postForm(
      a,
      appA,
      { slot: 'physical_exam' },
      { name: 'exam.pdf', bytes: pdf },
    );
    expect(without.statusCode).toBe(400);
    expect(without.body).toContain('Enter the date of the examination');
    const future = await postForm(
      a,
      appA,
      { slot: 'physical_exam', issuedOn: '2027-01-01' },
      { name: 'exam.pdf', bytes: pdf },
    );
    expect(future.body).toContain('cannot be in the future');
    const ok = await postForm(
      a,
      appA,
      { slot: 'physical_exam', issuedOn: '2025-12-20' },
      { name: 'exam.pdf', bytes: pdf },
    );
    expect(ok.statusCode).toBe(303);
    const [exam] = (await docsOf(appA)).filter((d) => d.slot === 'physical_exam');
    expect(exam!.issuedOn).toBe('2025-12-20');
    expect((await a.get(page(appA))).body).toContain('Examined on 2025-12-20');
  });

  it('R-CSC-APPLY: a document in neither Chinese nor English gets a translation slot beside it', async () => {
    const res = await postForm(
      a,
      appA,
      { slot: 'application_form', isOtherLanguage: 'on' },
      { name: 'form.pdf', bytes: await makePdf(1) },
    );
    expect(res.statusCode).toBe(303);
    const [original] = (await docsOf(appA)).filter((d) => d.slot === 'application_form');
    expect(original!.isOtherLanguage).toBe(true);
    const listed = await a.get(page(appA));
    expect(listed.body).toContain('Translation needed');
    expect(listed.body).toContain(`name="translationOf" value="${original!.id}"`);
    let missing = await listMissingDocuments(
      database.db,
      (await findApplication(database.db, appA.id))!,
    );
    expect(missing).toContainEqual({
      slot: 'application_form',
      reason: 'translation_missing',
      documentId: original!.id,
    });

    const translated = await postForm(
      a,
      appA,
      { slot: 'application_form', role: 'translation', translationOf: original!.id },
      { name: 'form-en.pdf', bytes: await makePdf(1) },
    );
    expect(translated.statusCode).toBe(303);
    missing = await listMissingDocuments(
      database.db,
      (await findApplication(database.db, appA.id))!,
    );
    expect(missing.filter((m) => m.reason === 'translation_missing')).toEqual([]);
  });

  it('removes a document while editable; not once the application is submitted', async () => {
    const pdf = await makePdf(1);
    await postForm(a, appA, { slot: 'hsk_report' }, { name: 'hsk.pdf', bytes: pdf });
    const [doc] = (await docsOf(appA)).filter((d) => d.slot === 'hsk_report');
    const removed = await a.post(`${page(appA)}/${doc!.id}/remove`, {}, { csrfFrom: page(appA) });
    expect(removed.statusCode).toBe(303);
    expect((await docsOf(appA)).some((d) => d.id === doc!.id)).toBe(false);
    const [row] = await database.db.select().from(documents).where(eq(documents.id, doc!.id));
    expect(row!.deletedAt).not.toBeNull();

    const now = t.clock.now();
    const userA = appA.applicantUserId;
    const submitted = await createApplication(database.db, now, {
      userId: userA,
      callId: 'bgs-2026-blcu',
      programId: 'bgs',
      track: 'master',
      hostId: 'BLCU',
      status: 'submitted',
    });
    const view = await a.get(page(submitted));
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('can no longer be changed');
    expect(view.body).not.toContain('enctype="multipart/form-data"');
    const refused = await postForm(
      a,
      submitted,
      { slot: 'passport_copy' },
      { name: 'p.pdf', bytes: pdf },
      { csrfFrom: '/account' },
    );
    expect(refused.statusCode).toBe(409);
    expect(await docsOf(submitted)).toEqual([]);
  });
});

describe('who may see documents', () => {
  it('applicant B gets 404 for A’s documents page, download, thumbnail and remove', async () => {
    const [doc] = await docsOf(appA);
    expect((await b.get(page(appA))).statusCode).toBe(404);
    expect((await b.get(`${page(appA)}/${doc!.id}`)).statusCode).toBe(404);
    expect((await b.get(`${page(appA)}/${doc!.id}/thumbnail`)).statusCode).toBe(404);
    const remove = await b.post(`${page(appA)}/${doc!.id}/remove`, {}, { csrfFrom: '/account' });
    expect(remove.statusCode).toBe(404);
    const upload = await postForm(
      b,
      appA,
      { slot: 'transcripts' },
      { name: 't.pdf', bytes: await makePdf(1) },
      { csrfFrom: '/account' },
    );
    expect(upload.statusCode).toBe(404);
    expect((await docsOf(appA)).some((d) => d.id === doc!.id)).toBe(true);
  });

  it('staff of the program (administrator) may download; a CAS-ANSO program officer gets 404', async () => {
    const [doc] = await docsOf(appA);
    const admin = new Browser(t.app);
    await admin.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
    expect((await admin.get(`${page(appA)}/${doc!.id}`)).statusCode).toBe(200);
    const officer = new Browser(t.app);
    await officer.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    expect((await officer.get(`${page(appA)}/${doc!.id}`)).statusCode).toBe(404);
    expect((await officer.get(page(appA))).statusCode).toBe(404);
  });

  it('a visitor who is not signed in is sent to sign in', async () => {
    const res = await new Browser(t.app).get(page(appA));
    expect(res.statusCode).toBe(302);
  });
});
