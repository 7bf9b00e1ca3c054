import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { countScreeningQueue } from '@/db/repositories/screening.repository';
import { applications, auditLog, screeningDecisions } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import type { TApplication } from '@/domain/applications/application';
import { noteFieldId } from '@/domain/screening/screening-state';
import { mailsTo } from '@/services/referees/referee.fixture';
import {
  createStaff,
  createSubmitted,
  PIFI_NO_ENGLISH_ANSWERS,
} from '@/services/screening/screening.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

// The demo (made on 10 January 2026) has csc-2026 at UCAS (closes 5 April), pifi-2026 for every
// host, cas-anso-2026-ustc; the demo admission officer holds UCAS.
const UCAS_OFFICER = 'admissions@demo.jiangxue.test';
const USTC_OFFICER = 'ustc-officer@example.org';

let database: TTestDatabase;
let t: TTestApp;
let pifi: TApplication; // UCAS, R-PIFI-ELIG to review, both letters in
let anso: TApplication; // USTC
let cscUnnominated: TApplication; // UCAS, not yet nominated
let cscNominated: TApplication; // UCAS, nominated, one letter missing
let demoAwaiting = 0; // the demo's own UCAS screening (demo-screening.ts)

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  const now = t.clock.now();
  const db = database.db;
  demoAwaiting = (await countScreeningQueue(db, { kind: 'hosts', hostIds: ['UCAS'] })).submitted;
  await createStaff(db, now, {
    email: USTC_OFFICER,
    role: 'admission_officer',
    institutionId: 'USTC',
  });
  pifi = await createSubmitted(db, now, {
    email: 'pifi-applicant@example.org',
    programId: 'pifi',
    track: 'fellow',
    callId: 'pifi-2026',
    hostId: 'UCAS',
    nationality: 'PK',
    answers: PIFI_NO_ENGLISH_ANSWERS,
    letters: ['submitted', 'submitted'],
  });
  anso = await createSubmitted(db, now, {
    email: 'anso-applicant@example.org',
    programId: 'cas-anso',
    track: 'phd',
    callId: 'cas-anso-2026-ustc',
    hostId: 'USTC',
    letters: ['submitted', 'submitted'],
  });
  cscUnnominated = await createSubmitted(db, now, {
    email: 'csc-waiting@example.org',
    hostId: 'UCAS',
    letters: ['submitted', 'submitted'],
  });
  cscNominated = await createSubmitted(db, now, {
    email: 'csc-nominated@example.org',
    hostId: 'UCAS',
    locale: 'zh-CN',
    letters: ['submitted', 'invited'],
    nomination: 'nominated',
  });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function signedIn(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  const res = await b.signIn(email, DEMO_PASSWORD);
  expect(res.statusCode).toBe(303);
  return b;
}

async function statusOf(id: string) {
  const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
  return row!.status;
}

async function auditOf(id: string, action: string) {
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, action)));
}

describe('a host sees only its own screening', () => {
  it('an admission officer of UCAS never sees a USTC application: not in the list, not in the counts, its page 404', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const list = await ucas.get('/staff/screening');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/staff/screening/${pifi.id}`);
    expect(list.body).toContain(`/staff/screening/${cscNominated.id}`);
    expect(list.body).not.toContain(anso.id);
    expect(list.body).not.toContain('cas-anso-2026-ustc');
    expect(list.body).toContain(`Awaiting screening: <strong>${demoAwaiting + 2}</strong>`);
    expect((await ucas.get(`/staff/screening/${anso.id}`)).statusCode).toBe(404);

    const ustc = await signedIn(USTC_OFFICER);
    const theirs = await ustc.get('/staff/screening');
    expect(theirs.body).toContain(`/staff/screening/${anso.id}`);
    expect(theirs.body).not.toContain(pifi.id);
    expect(theirs.body).toContain('Awaiting screening: <strong>1</strong>');
    expect((await ustc.get(`/staff/screening/${pifi.id}`)).statusCode).toBe(404);
  });

  it('R-CSC-APPLY: a CSC application its dispatching authority has not nominated is absent from the host’s screening', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    expect((await ucas.get('/staff/screening')).body).not.toContain(cscUnnominated.id);
    expect((await ucas.get(`/staff/screening/${cscUnnominated.id}`)).statusCode).toBe(404);
    const posted = await ucas.post(`/staff/screening/${cscUnnominated.id}/pass`, {});
    expect(posted.statusCode).toBe(404);
  });

  it('filters by program and status in the query', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const onlyPifi = await ucas.get('/staff/screening?program=pifi');
    expect(onlyPifi.body).toContain(pifi.id);
    expect(onlyPifi.body).not.toContain(cscNominated.id);
    const none = await ucas.get('/staff/screening?status=under_review');
    expect(none.body).not.toContain(`/staff/screening/${pifi.id}`);
  });

  it('other staff roles are refused the screening pages', async () => {
    const po = await signedIn('program@demo.jiangxue.test');
    expect((await po.get('/staff/screening')).statusCode).toBe(403);
  });
});

describe('confirm or override a finder reason marked review, then pass', () => {
  it('shows the review reason; pass is refused while it is undecided; a note is required beside the field and nothing typed is lost', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const page = await ucas.get(`/staff/screening/${pifi.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('R-PIFI-ELIG');
    expect(page.body).toContain('name="reasonKey" value="R-PIFI-ELIG"');

    const refused = await ucas.post(
      `/staff/screening/${pifi.id}/pass`,
      {},
      { csrfFrom: `/staff/screening/${pifi.id}` },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Decide every point to review');
    expect(await statusOf(pifi.id)).toBe('submitted');

    const field = noteFieldId('R-PIFI-ELIG');
    const noNote = await ucas.post(
      `/staff/screening/${pifi.id}/points`,
      { reasonKey: 'R-PIFI-ELIG', decision: 'confirmed', [field]: 'x', correction: 'kept text' },
      { csrfFrom: `/staff/screening/${pifi.id}` },
    );
    expect(noNote.statusCode).toBe(400);
    expect(noNote.body).toContain(`href="#${field}"`);
    expect(noNote.body).toContain('Write a reason of 3 to 2,000 characters');
    expect(noNote.body).toContain('kept text');
  });

  it('confirm, then override: each audited with before and after, one decision kept', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const field = noteFieldId('R-PIFI-ELIG');
    const confirmed = await ucas.post(
      `/staff/screening/${pifi.id}/points`,
      {
        reasonKey: 'R-PIFI-ELIG',
        decision: 'confirmed',
        [field]: 'Published in English for 5 years',
      },
      { csrfFrom: `/staff/screening/${pifi.id}` },
    );
    expect(confirmed.statusCode).toBe(303);
    const overridden = await ucas.post(
      `/staff/screening/${pifi.id}/points`,
      { reasonKey: 'R-PIFI-ELIG', decision: 'overridden', [field]: 'On reflection: no evidence' },
      { csrfFrom: `/staff/screening/${pifi.id}` },
    );
    expect(overridden.statusCode).toBe(303);
    const audits = await auditOf(pifi.id, 'screening.point_decided');
    expect(audits.map((a) => (a.after as { decision: string }).decision)).toEqual([
      'confirmed',
      'overridden',
    ]);
    expect(audits[1]?.before).toMatchObject({ decision: 'confirmed' });
    expect(audits[1]?.reason).toBe('On reflection: no evidence');
    const rows = await database.db
      .select()
      .from(screeningDecisions)
      .where(eq(screeningDecisions.applicationId, pifi.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.decision).toBe('overridden');
  });

  it('pass to review once every point is decided: under_review, audited', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const passed = await ucas.post(
      `/staff/screening/${pifi.id}/pass`,
      {},
      { csrfFrom: `/staff/screening/${pifi.id}` },
    );
    expect(passed.statusCode).toBe(303);
    expect(await statusOf(pifi.id)).toBe('under_review');
    const [audit] = await auditOf(pifi.id, 'screening.passed');
    expect(audit?.before).toEqual({ status: 'submitted' });
    expect((await ucas.get('/staff/screening?status=under_review')).body).toContain(pifi.id);
  });
});

describe('R-GEN-REFEREE: a missing letter at the deadline', () => {
  it('R-GEN-REFEREE: before the deadline the missing letter is listed; after it the application shows as incomplete until waived', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const before = await ucas.get(`/staff/screening/${cscNominated.id}`);
    expect(before.body).toContain('Missing letter: Prof. Referee 2');
    expect(before.body).not.toContain('is incomplete until you waive');
    t.clock.set('2026-04-05T16:00:00Z'); // 24:00 on 5 April, Beijing: csc-2026 has closed
    const later = await signedIn(UCAS_OFFICER);
    const after = await later.get(`/staff/screening/${cscNominated.id}`);
    expect(after.body).toContain('is incomplete until you waive');
    const refused = await later.post(
      `/staff/screening/${cscNominated.id}/pass`,
      {},
      { csrfFrom: `/staff/screening/${cscNominated.id}` },
    );
    expect(refused.statusCode).toBe(400);
  });

  it('mark incomplete with a reason: audited, the applicant emailed in their language (Chinese)', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const empty = await ucas.post(
      `/staff/screening/${cscNominated.id}/incomplete`,
      { incompleteReason: '' },
      { csrfFrom: `/staff/screening/${cscNominated.id}` },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#incompleteReason"');
    const marked = await ucas.post(
      `/staff/screening/${cscNominated.id}/incomplete`,
      { incompleteReason: 'The second referee letter has not arrived.' },
      { csrfFrom: `/staff/screening/${cscNominated.id}` },
    );
    expect(marked.statusCode).toBe(303);
    expect(await statusOf(cscNominated.id)).toBe('incomplete');
    const [audit] = await auditOf(cscNominated.id, 'screening.marked_incomplete');
    expect(audit?.after).toEqual({ status: 'incomplete' });
    const [mail] = await mailsTo(database.db, 'csc-nominated@example.org', 'screening_incomplete');
    expect(mail?.locale).toBe('zh-CN');
    expect(mail?.subject).toBe('您的申请材料不全');
    expect(mail?.textBody).toContain('The second referee letter has not arrived.');
  });

  it('R-GEN-REFEREE: waiving the missing letter (audited, with reason) clears it, and the application may pass', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const page = await ucas.get(`/staff/screening/${cscNominated.id}`);
    const key = /name="reasonKey" value="(letter:[0-9a-f-]+)"/.exec(page.body)?.[1];
    expect(key).toBeDefined();
    const waived = await ucas.post(
      `/staff/screening/${cscNominated.id}/points`,
      {
        reasonKey: key!,
        decision: 'waived',
        [noteFieldId(key!)]: 'Referee retired; first letter is strong',
      },
      { csrfFrom: `/staff/screening/${cscNominated.id}` },
    );
    expect(waived.statusCode).toBe(303);
    const [audit] = await auditOf(cscNominated.id, 'screening.letter_waived');
    expect(audit?.reason).toBe('Referee retired; first letter is strong');
    const after = await ucas.get(`/staff/screening/${cscNominated.id}`);
    expect(after.body).not.toContain('is incomplete until you waive');
    const passed = await ucas.post(
      `/staff/screening/${cscNominated.id}/pass`,
      {},
      { csrfFrom: `/staff/screening/${cscNominated.id}` },
    );
    expect(passed.statusCode).toBe(303);
    expect(await statusOf(cscNominated.id)).toBe('under_review');
    t.clock.set('2026-01-10T02:00:00Z');
  });
});

describe('in Chinese', () => {
  it('the screening pages render Chinese messages', async () => {
    const ucas = await signedIn(UCAS_OFFICER);
    const list = await ucas.get('/staff/screening?lang=zh-CN');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('lang="zh-CN"');
    expect(list.body).toContain('资格审查队列');
    const page = await ucas.get(`/staff/screening/${pifi.id}`);
    expect(page.body).toContain('需人工审核的资格条件');
  });
});
