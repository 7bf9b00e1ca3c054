import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { and, eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, documents } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import type { TProgramId } from '@/domain/programs';
import { can } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import { getApplicationFor } from '@/services/applications/get-application';
import { inviteReferee } from '@/services/referees/invite-referee';
import { latestToken, mailsTo, refereeByEmail } from '@/services/referees/referee.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let storageDir: string;
let amina: { userId: string; actor: TActor };
let appA: string;
let appLate: string;
let appB: string;

beforeAll(async () => {
  database = await openTestDatabase();
  storageDir = await mkdtemp(join(tmpdir(), 'jx-letters-'));
  t = await createTestApp(database, { seed: true, env: testEnv({ STORAGE_DIR: storageDir }) });
  const now = t.clock.now();
  amina = await createApplicant(database.db, now, {
    email: 'amina@example.org',
    displayName: 'Amina Yusuf',
    password: DEMO_PASSWORD,
  });
  const bilal = await createApplicant(database.db, now, {
    email: 'bilal@example.org',
    displayName: 'Bilal Ahmed',
    password: DEMO_PASSWORD,
  });
  const app = (userId: string, callId: string, programId: TProgramId, track: string) =>
    createApplication(database.db, now, { userId, callId, programId, track }).then((a) => a.id);
  appA = await app(amina.userId, 'csc-2026', 'csc', 'doctoral');
  appLate = await app(amina.userId, 'cas-anso-2026-ucas', 'cas-anso', 'phd');
  appB = await app(bilal.userId, 'csc-2026', 'csc', 'master');
  const invite = (actor: TActor, applicationId: string, email: string, locale: 'en' | 'zh-CN') =>
    inviteReferee(
      t.deps,
      actor,
      {},
      {
        applicationId,
        referee: {
          name: `Prof. ${email.split('@')[0]}`,
          title: 'Professor',
          institution: 'CAS',
          email,
          locale,
        },
      },
    );
  await invite(amina.actor, appA, 'one@example.edu', 'en');
  await invite(amina.actor, appA, 'two@example.edu', 'zh-CN');
  await invite(amina.actor, appLate, 'early@example.edu', 'en');
  await invite(amina.actor, appLate, 'late@example.edu', 'en');
  await invite(bilal.actor, appB, 'other@example.edu', 'en');
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
  await rm(storageDir, { recursive: true, force: true });
});

function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token');
  return token;
}

/** A multipart form post, as a browser sends a file input. */
async function upload(b: Browser, token: string, file: { name: string; bytes: Uint8Array }) {
  const csrf = csrfOf((await b.get(`/r/${token}`)).body);
  const boundary = '----jx-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/r/${token}/upload`,
    payload,
    headers: {
      cookie: b.cookieHeader(),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  });
}

describe('the personal link opens its own letter and nothing else', () => {
  it('shows whose letter it is and starts no session; its button, not the GET, marks it opened', async () => {
    const token = await latestToken(database.db, 'one@example.edu');
    const b = new Browser(t.app);
    const res = await b.get(`/r/${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Letter of recommendation for Amina Yusuf');
    expect(res.body).toContain(
      'Chinese Government Scholarship — Bilateral Program · Doctoral student',
    );
    expect(res.body).toContain('<time datetime="2026-04-05T16:00:00.000Z"');
    expect(res.body).toContain('5 Apr 2026, 24:00 Beijing time (UTC+8)');
    expect(res.body).toContain('/assets/local-time.js');
    expect(res.body).not.toContain('Bilal');
    expect(b.cookie('jx_session')).toBeUndefined();
    // The token in the address never leaves in a Referer header, nor stays in a cache.
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    // R-GEN-REFEREE: the GET is not the referee's act (mail scanners fetch links): a button.
    expect(res.body).toContain(`action="/r/${token}/open"`);
    expect(res.body).toContain('Open the letter form');
    expect(res.body).not.toContain('name="letter"');
    const row = await refereeByEmail(database.db, appA, 'one@example.edu');
    expect(row.status).toBe('invited');

    const opened = await b.post(`/r/${token}/open`, {}, { csrfFrom: `/r/${token}` });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/r/${token}`);
    expect(opened.headers['referrer-policy']).toBe('no-referrer');
    const form = await b.get(`/r/${token}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="letter"');
    expect(form.body).toContain(`action="/r/${token}/upload"`);
    const after = await refereeByEmail(database.db, appA, 'one@example.edu');
    expect(after.status).toBe('opened');
    expect(after.openedAt?.toISOString()).toBe(t.clock.now().toISOString());
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'referee.opened'), eq(auditLog.entityId, row.id)));
    expect(audit?.actorKind).toBe('referee');
    expect(b.cookie('jx_session')).toBeUndefined();
  });

  it('a mail scanner that fetches the link (GET, HEAD, again and again) neither opens it nor uses it up', async () => {
    const token = await latestToken(database.db, 'early@example.edu');
    for (let i = 0; i < 3; i++) {
      expect((await t.app.inject({ method: 'GET', url: `/r/${token}` })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'HEAD', url: `/r/${token}` })).statusCode).toBe(200);
    }
    const row = await refereeByEmail(database.db, appLate, 'early@example.edu');
    expect(row).toMatchObject({ status: 'invited', openedAt: null });
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audits.filter((a) => a.action === 'referee.opened')).toEqual([]);
    // A POST without the page's CSRF token (no human on the page) opens nothing either.
    const forged = await t.app.inject({ method: 'POST', url: `/r/${token}/open` });
    expect(forged.statusCode).toBe(403);
    expect((await refereeByEmail(database.db, appLate, 'early@example.edu')).status).toBe(
      'invited',
    );
    // The link still works for the referee, who then opens it.
    const b = new Browser(t.app);
    expect((await b.post(`/r/${token}/open`, {}, { csrfFrom: `/r/${token}` })).statusCode).toBe(
      303,
    );
    expect((await refereeByEmail(database.db, appLate, 'early@example.edu')).status).toBe('opened');
  });

  it('the page is in the referee’s language', async () => {
    const token = await latestToken(database.db, 'two@example.edu');
    const res = await new Browser(t.app).get(`/r/${token}`);
    expect(res.body).toContain('为Amina Yusuf撰写推荐信');
    expect(res.body).toContain('2026年4月5日 24:00（北京时间，UTC+8）');
  });

  it('its holder gets nothing else: not the application, not the applicant’s account, not another letter', async () => {
    const token = await latestToken(database.db, 'one@example.edu');
    const b = new Browser(t.app);
    const letterPage = await b.get(`/r/${token}`);
    for (const url of [
      `/applications/${appA}/referees`,
      '/account',
      `/applications/${appB}/referees`,
    ]) {
      const res = await b.get(url);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location).toContain('/sign-in');
    }
    // A form post with a valid CSRF token from the letter page is still refused.
    const res = await t.app.inject({
      method: 'POST',
      url: `/applications/${appA}/referees`,
      payload: new URLSearchParams({
        _csrf: csrfOf(letterPage.body),
        name: 'Self-invited',
        title: 'Professor',
        institution: 'X',
        email: 'self@example.org',
        locale: 'en',
      }).toString(),
      headers: { cookie: b.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(403);
    // The referee actor: its own letter only, and no application.
    const row = await refereeByEmail(database.db, appA, 'one@example.edu');
    const other = await refereeByEmail(database.db, appB, 'other@example.edu');
    const actor: TActor = { kind: 'referee', letterId: row.id };
    expect(can(actor, 'letter.write', { letterId: row.id })).toBe(true);
    expect(can(actor, 'letter.write', { letterId: other.id })).toBe(false);
    await expect(getApplicationFor(t.deps, actor, appA, 'application.read')).rejects.toMatchObject({
      status: 404,
    });
    // Another referee's link shows that other letter, never this one's applicant.
    const otherPage = await new Browser(t.app).get(
      `/r/${await latestToken(database.db, 'other@example.edu')}`,
    );
    expect(otherPage.body).toContain('Bilal Ahmed');
    expect(otherPage.body).not.toContain('Amina');
  });

  it('an unknown or malformed token is a clear 404 page', async () => {
    const unknown = await new Browser(t.app).get(`/r/${'A'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('This link does not work');
    expect((await new Browser(t.app).get('/r/not-a-token')).statusCode).toBe(404);
  });
});

describe('the link dies after use', () => {
  it('R-GEN-REFEREE: after the letter is in, the link answers 410 and changes nothing', async () => {
    const token = await latestToken(database.db, 'one@example.edu');
    const b = new Browser(t.app);
    const empty = await b.post(
      `/r/${token}/letter`,
      { letter: '   ' },
      { csrfFrom: `/r/${token}` },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write your letter, or upload it as a PDF below');
    const done = await b.post(
      `/r/${token}/letter`,
      { letter: 'First and only letter.' },
      {
        csrfFrom: `/r/${token}`,
      },
    );
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Thank you: your letter has been received');
    const csrf = csrfOf((await b.get('/sign-in')).body);

    const again = await b.get(`/r/${token}`);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Your letter is in');
    for (const path of ['letter', 'decline']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/r/${token}/${path}`,
        payload: new URLSearchParams({ _csrf: csrf, letter: 'Overwrite', reason: 'x' }).toString(),
        headers: { cookie: b.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.statusCode, path).toBe(410);
    }
    const row = await refereeByEmail(database.db, appA, 'one@example.edu');
    expect(row.status).toBe('submitted');
    expect(row.letterText).toBe('First and only letter.');
  });

  it('a referee who declines tells the applicant, with the reason, and the link dies', async () => {
    const token = await latestToken(database.db, 'two@example.edu');
    const b = new Browser(t.app);
    const res = await b.post(
      `/r/${token}/decline`,
      { reason: '我正在休假。' },
      {
        csrfFrom: `/r/${token}`,
      },
    );
    expect(res.statusCode).toBe(200);
    const [mail] = await mailsTo(database.db, 'amina@example.org', 'referee_declined');
    expect(mail?.textBody).toContain('The reason given: 我正在休假。');
    expect((await b.get(`/r/${token}`)).statusCode).toBe(410);
    const row = await refereeByEmail(database.db, appA, 'two@example.edu');
    expect(row.status).toBe('declined');
    expect(row.declineReason).toBe('我正在休假。');
  });
});

describe('R-GEN-TIME: letters are due by 24:00 Beijing time on the deadline day', () => {
  // cas-anso-2026-ucas closes 2026-01-31: 2026-01-31T16:00:00Z is 00:00 on 1 Feb in Beijing.
  it('23:59:59 Beijing time on the deadline day is accepted', async () => {
    t.clock.set('2026-01-31T15:59:50Z');
    const token = await latestToken(database.db, 'early@example.edu');
    const b = new Browser(t.app);
    const csrf = csrfOf((await b.get(`/r/${token}`)).body);
    t.clock.set('2026-01-31T15:59:59Z');
    const res = await t.app.inject({
      method: 'POST',
      url: `/r/${token}/letter`,
      payload: new URLSearchParams({ _csrf: csrf, letter: 'Just in time.' }).toString(),
      headers: { cookie: b.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(200);
    expect((await refereeByEmail(database.db, appLate, 'early@example.edu')).status).toBe(
      'submitted',
    );
  });

  it('00:00:00 Beijing time the next day is refused with a clear page, even from an open form', async () => {
    t.clock.set('2026-01-31T15:59:50Z');
    const token = await latestToken(database.db, 'late@example.edu');
    const b = new Browser(t.app);
    // The referee opened the letter form (its button) before midnight.
    await b.post(`/r/${token}/open`, {}, { csrfFrom: `/r/${token}` });
    const csrf = csrfOf((await b.get(`/r/${token}`)).body);
    t.clock.set('2026-01-31T16:00:00Z');
    const res = await t.app.inject({
      method: 'POST',
      url: `/r/${token}/letter`,
      payload: new URLSearchParams({ _csrf: csrf, letter: 'Too late.' }).toString(),
      headers: { cookie: b.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('The deadline has passed');
    expect((await b.get(`/r/${token}`)).statusCode).toBe(410);
    const row = await refereeByEmail(database.db, appLate, 'late@example.edu');
    expect(row.status).toBe('opened');
    expect(row.letterText).toBeNull();
  });

  it('the applicant can no longer change referees after the deadline', async () => {
    t.clock.set('2026-01-31T16:00:00Z');
    const result = await inviteReferee(
      t.deps,
      amina.actor,
      {},
      {
        applicationId: appLate,
        referee: {
          name: 'N',
          title: 'Professor',
          institution: 'X',
          email: 'n@example.edu',
          locale: 'en',
        },
      },
    );
    expect(result).toEqual({ ok: false, error: 'closed' });
    t.clock.set('2026-01-10T02:00:00Z');
  });
});

describe('a letter uploaded as a PDF', () => {
  it('a PDF is checked by content, stored, and recorded as the referee’s letter', async () => {
    const token = await latestToken(database.db, 'other@example.edu');
    const b = new Browser(t.app);
    const exe = await upload(b, token, {
      name: 'letter.pdf',
      bytes: Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]),
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('The file is not a PDF');
    expect((await refereeByEmail(database.db, appB, 'other@example.edu')).status).toBe('opened');
    const big = await upload(b, token, {
      name: 'letter.pdf',
      bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1024 * 1024)]),
    });
    expect(big.statusCode).toBe(400);
    expect(big.body).toContain('The file is larger than 20 MB');
    const none = await upload(b, token, { name: '', bytes: new Uint8Array() });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choose a PDF file to upload');
    expect((await refereeByEmail(database.db, appB, 'other@example.edu')).status).toBe('opened');

    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.addPage();
    const bytes = await pdf.save();
    const res = await upload(b, token, { name: 'letter.pdf', bytes });
    expect(res.statusCode).toBe(200);
    const row = await refereeByEmail(database.db, appB, 'other@example.edu');
    expect(row.status).toBe('submitted');
    const [doc] = await database.db
      .select()
      .from(documents)
      .where(eq(documents.id, row.letterDocumentId!));
    expect(doc?.refereeId).toBe(row.id);
    expect(doc?.applicationId).toBe(appB);
    expect(doc?.contentType).toBe('application/pdf');
    expect(doc?.pageCount).toBe(2);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(doc?.sha256).toBe(sha);
    const stored = await readFile(join(storageDir, 'files', doc!.storageKey));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(sha);
    expect((await b.get(`/r/${token}`)).statusCode).toBe(410);
  });
});
