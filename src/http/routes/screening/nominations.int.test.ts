import { Readable } from 'node:stream';

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { applications, auditLog, nominations } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { insertDocument } from '@/db/repositories/document.repository';
import { countNominationQueue } from '@/db/repositories/nomination.repository';
import type { TApplication } from '@/domain/applications/application';
import { storageFor } from '@/services/documents/storage/create-storage';
import { mailsTo } from '@/services/referees/referee.fixture';
import { createStaff, createSubmitted } from '@/services/screening/screening.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

const AUTHORITY = 'vn-authority@example.org';

let database: TTestDatabase;
let t: TTestApp;
let mine: TApplication; // VN, 10610: the authority's
let mineToo: TApplication; // VN, 10610, applicant writes Chinese
let otherCountry: TApplication; // PK, 10610
let otherAgency: TApplication; // VN, 20001
let draft: TApplication; // VN, 10610, not submitted
let documentId: string;
// The demo's own applications filed under VN 10610 (demo-screening.ts).
let demo = { awaiting: 0, nominated: 0, declined: 0 };
const VN = { kind: 'agencies', agencies: [{ countryCode: 'VN', agencyNumber: '10610' }] } as const;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  const now = t.clock.now();
  const db = database.db;
  demo = await countNominationQueue(db, VN);
  await createStaff(db, now, {
    email: AUTHORITY,
    role: 'dispatching_authority',
    countryCode: 'VN',
    agencyNumber: '10610',
  });
  mine = await createSubmitted(db, now, { email: 'vn-1@example.org', hostId: 'UCAS' });
  mineToo = await createSubmitted(db, now, {
    email: 'vn-2@example.org',
    hostId: 'UCAS',
    locale: 'zh-CN',
  });
  otherCountry = await createSubmitted(db, now, {
    email: 'pk-1@example.org',
    hostId: 'UCAS',
    nationality: 'PK',
  });
  const base = await createSubmitted(db, now, { email: 'vn-3@example.org', hostId: 'UCAS' });
  otherAgency = base;
  await db
    .update(applications)
    .set({
      answers: { ...base.answers, program: { ...base.answers.program, agencyNumber: '20001' } },
    })
    .where(eq(applications.id, base.id));
  draft = await createSubmitted(db, now, {
    email: 'vn-4@example.org',
    hostId: 'UCAS',
    status: 'draft',
  });
  const doc = await insertDocument(db, {
    applicationId: mine.id,
    slot: 'passport',
    fileName: 'passport.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1000,
    sha256: 'x'.repeat(64),
    storageKey: `test/${mine.id}/passport`,
    pageCount: 1,
    createdAt: now,
  });
  documentId = doc.id;
  const bytes = Buffer.from('%PDF-1.4 passport');
  await storageFor(t.deps.env).put(`test/${mine.id}/passport`, Readable.from([bytes]), {
    sizeBytes: bytes.length,
    contentType: 'application/pdf',
  });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function signedIn(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(303);
  return b;
}

describe('R-CSC-APPLY: the dispatching authority sees only what was filed under its number', () => {
  it('R-CSC-APPLY: lists its country’s applications under its agency number with counts; others are absent and 404', async () => {
    const b = await signedIn(AUTHORITY);
    const list = await b.get('/staff/nominations');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/staff/nominations/${mine.id}`);
    expect(list.body).toContain(`/staff/nominations/${mineToo.id}`);
    for (const hidden of [otherCountry, otherAgency, draft]) {
      expect(list.body).not.toContain(hidden.id);
      expect((await b.get(`/staff/nominations/${hidden.id}`)).statusCode).toBe(404);
    }
    expect(list.body).toContain(`Awaiting decision: <strong>${demo.awaiting + 2}</strong>`);
    expect((await b.get('/staff/screening')).statusCode).toBe(403);
  });

  it('its page shows the application read-only with its documents, openable through the document route', async () => {
    const b = await signedIn(AUTHORITY);
    const page = await b.get(`/staff/nominations/${mine.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Saltwater intrusion in the Mekong delta');
    expect(page.body).toContain(`href="/applications/${mine.id}/documents/${documentId}"`);
    const opened = await b.get(`/applications/${mine.id}/documents/${documentId}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toBe('%PDF-1.4 passport');
    const other = await b.get(`/applications/${otherCountry.id}/documents/${documentId}`);
    expect(other.statusCode).toBe(404);
  });
});

describe('R-CSC-APPLY: nominate or decline, each with a reason', () => {
  it('a reason is required, shown beside the field, and what was chosen is kept', async () => {
    const b = await signedIn(AUTHORITY);
    const res = await b.post(
      `/staff/nominations/${mine.id}`,
      { decision: 'declined', reason: '' },
      { csrfFrom: `/staff/nominations/${mine.id}` },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#reason"');
    expect(res.body).toMatch(/value="declined"\s+checked/);
    const rows = await database.db
      .select()
      .from(nominations)
      .where(eq(nominations.applicationId, mine.id));
    expect(rows).toHaveLength(0);
  });

  it('declined: status declined, audited, the applicant emailed in their language; absent from the host’s screening', async () => {
    const b = await signedIn(AUTHORITY);
    const res = await b.post(
      `/staff/nominations/${mineToo.id}`,
      { decision: 'declined', reason: 'Quota for doctoral places is already filled.' },
      { csrfFrom: `/staff/nominations/${mineToo.id}` },
    );
    expect(res.statusCode).toBe(303);
    const [row] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, mineToo.id));
    expect(row?.status).toBe('declined');
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, mineToo.id), eq(auditLog.action, 'nomination.declined')));
    expect(audit?.reason).toBe('Quota for doctoral places is already filled.');
    expect(audit?.after).toMatchObject({ status: 'declined' });
    const [mail] = await mailsTo(database.db, 'vn-2@example.org', 'nomination_declined');
    expect(mail?.subject).toBe('您的申请未获推荐');
    expect(mail?.textBody).toContain('Quota for doctoral places is already filled.');
    const again = await b.post(`/staff/nominations/${mineToo.id}`, {
      decision: 'nominated',
      reason: 'Changed my mind',
    });
    expect(again.statusCode).toBe(400);
    const officer = await signedIn('admissions@demo.jiangxue.test');
    expect((await officer.get('/staff/screening')).body).not.toContain(mineToo.id);
  });

  it('nominated: audited, the applicant told briefly, and it reaches the host’s screening', async () => {
    const officer = await signedIn('admissions@demo.jiangxue.test');
    expect((await officer.get('/staff/screening')).body).not.toContain(mine.id);
    const b = await signedIn(AUTHORITY);
    const res = await b.post(
      `/staff/nominations/${mine.id}`,
      { decision: 'nominated', reason: 'Strong record; fits our priorities.' },
      { csrfFrom: `/staff/nominations/${mine.id}` },
    );
    expect(res.statusCode).toBe(303);
    const [mail] = await mailsTo(database.db, 'vn-1@example.org', 'nomination_nominated');
    expect(mail?.subject).toBe('Your application was nominated');
    const list = await b.get('/staff/nominations');
    expect(list.body).toContain(`Nominated: <strong>${demo.nominated + 1}</strong>`);
    expect(list.body).toContain(`Declined: <strong>${demo.declined + 1}</strong>`);
    expect((await officer.get('/staff/screening')).body).toContain(`/staff/screening/${mine.id}`);
  });

  it('a dispatching authority of another agency cannot decide it (404)', async () => {
    await createStaff(database.db, t.clock.now(), {
      email: 'pk-authority@example.org',
      role: 'dispatching_authority',
      countryCode: 'PK',
      agencyNumber: '10610',
    });
    const b = await signedIn('pk-authority@example.org');
    expect((await b.get(`/staff/nominations/${otherAgency.id}`)).statusCode).toBe(404);
    const res = await b.post(`/staff/nominations/${otherAgency.id}`, {
      decision: 'nominated',
      reason: 'Not mine to decide',
    });
    expect(res.statusCode).toBe(404);
    expect((await b.get('/staff/nominations')).body).toContain(otherCountry.id);
  });

  it('the nominations page renders in Chinese', async () => {
    const b = await signedIn(AUTHORITY);
    const res = await b.get('/staff/nominations?lang=zh-CN');
    expect(res.body).toContain('本国申请人以贵单位编号提交');
  });
});
