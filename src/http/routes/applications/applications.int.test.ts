import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertDocument } from '@/db/repositories/document.repository';
import { applications, auditLog, outboxEmails } from '@/db/schema';
import { listMissingDocuments } from '@/services/documents/missing-documents';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
const clock = new TestClock(new Date('2026-01-10T02:00:00Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true, clock });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

/** A verified applicant with a profile, signed in. */
async function applicant(email: string, passport: string, birthOn = '1994-03-02') {
  const b = new Browser(t.app);
  await b.post(
    '/sign-up',
    { displayName: email, email, password: 'a long passphrase', locale: 'en' },
    { csrfFrom: '/sign-up' },
  );
  const mail = (
    await database.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email))
  ).at(-1)!;
  await b.get(`/verify-email?token=${/token=([\w-]+)/.exec(mail.textBody)![1]}`);
  expect((await b.signIn(email, 'a long passphrase')).statusCode).toBe(303);
  const profile = await b.post(
    '/applicant/profile',
    {
      familyName: 'Khan',
      givenNames: 'Amina',
      nameZh: '',
      nationality: 'PK',
      birthOn,
      gender: 'female',
      passportNumber: passport,
      passportCountry: 'PK',
      consent: 'on',
    },
    { csrfFrom: '/applicant/profile' },
  );
  expect(profile.statusCode).toBe(303);
  return b;
}

async function start(b: Browser, callId: string, track: string): Promise<string> {
  const res = await b.post('/applications', { callId, track }, { csrfFrom: '/applications' });
  expect(res.statusCode).toBe(303);
  return String(res.headers.location).split('/').pop()!;
}

const PHD_ANSWERS = {
  personal: { phone: '+92 300 1234567', address: 'House 1, Street 2, Lahore', inChina: 'no' },
  education: {
    highestQualification: 'master',
    studyingInChina: 'none',
    edu_0_institution: 'LUMS',
    edu_0_country: 'PK',
    edu_0_qualification: 'MSc Physics',
    edu_0_from: '2017-09-01',
  },
  language: { englishNative: 'no', toefl: '100' },
  plan: { title: 'Monsoon modelling', text: 'A research proposal. '.repeat(50) },
  host: { department: 'College of Earth Sciences', subject: 'Atmospheric physics' },
  program: { twasConsideration: 'yes', climateResearch: 'yes', noOtherAssignment: 'yes' },
};

async function fill(b: Browser, id: string, answers: Record<string, Record<string, string>>) {
  for (const [section, fields] of Object.entries(answers)) {
    const res = await b.post(`/applications/${id}/sections/${section}`, fields, {
      csrfFrom: `/applications/${id}/sections/${section}`,
    });
    expect(res.statusCode, `${section}: ${res.body.slice(0, 200)}`).toBe(303);
  }
}

/** Stands in for the uploads (the documents module has its own upload tests). */
async function uploadRequired(id: string) {
  const [app] = await database.db.select().from(applications).where(eq(applications.id, id));
  for (const m of await listMissingDocuments(database.db, app!, { submittedOn: '2026-01-10' })) {
    if (m.reason !== 'missing') continue;
    for (let i = m.has; i < m.needed; i++) {
      await insertDocument(database.db, {
        applicationId: id,
        slot: m.slot,
        fileName: `${m.slot}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 1000,
        sha256: 'x'.repeat(64),
        storageKey: `test/${id}/${m.slot}/${i}`,
        pageCount: 1,
        createdAt: clock.now(),
      });
    }
  }
}

async function nameReferees(id: string, n: number) {
  await uploadRequired(id);
  const { referees } = await import('@/db/schema');
  for (let i = 0; i < n; i++) {
    await database.db.insert(referees).values({
      applicationId: id,
      name: `Prof ${i}`,
      title: 'Professor',
      institution: 'LUMS',
      email: `ref${i}-${id}@example.org`,
      locale: 'en',
      tokenHash: `${id}-${i}-${Math.random()}`,
      invitedAt: clock.now(),
      createdAt: clock.now(),
    });
  }
}

describe('applications', () => {
  it('drafts are saved section by section, keep what does not validate yet, and survive signing in again', async () => {
    const b = await applicant('amina@example.org', 'AB1234567');
    const id = await start(b, 'cas-anso-2026-ucas', 'phd');
    const res = await b.post(
      `/applications/${id}/sections/education`,
      { edu_0_institution: 'LUMS', edu_0_from: '2017-02-30' },
      { csrfFrom: `/applications/${id}/sections/education` },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('From (1): enter a real date, like 2026-01-31');
    expect(res.body).toContain('value="2017-02-30"');
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect((row!.answers as { education: Record<string, string> }).education.edu_0_from).toBe(
      '2017-02-30',
    );

    // The session expires while typing: the no-JS save is kept and applied after signing in.
    const page = await b.get(`/applications/${id}/sections/plan`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    clock.advanceMinutes(45);
    const expired = await t.app.inject({
      method: 'POST',
      url: `/applications/${id}/sections/plan`,
      payload: new URLSearchParams({
        _csrf: csrf,
        title: 'Typed before the session ended',
        text: 'Long text',
      }).toString(),
      headers: { cookie: b.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(expired.statusCode).toBe(303);
    const next = decodeURIComponent(/next=([^&]+)/.exec(String(expired.headers.location))![1]!);
    expect(next).toMatch(/^\/resume\//);
    await b.signIn('amina@example.org', 'a long passphrase');
    const resumed = await b.get(next);
    expect(resumed.headers.location).toBe(`/applications/${id}/sections/plan?kept=1`);
    const [after] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect((after!.answers as { plan: Record<string, string> }).plan.title).toBe(
      'Typed before the session ended',
    );
  });

  it('autosaves a field as JSON with the CSRF header, and says "signed out" when the session is gone', async () => {
    const b = await applicant('kofi@example.org', 'GH7654321');
    const id = await start(b, 'cas-anso-2026-ucas', 'phd');
    const page = await b.get(`/applications/${id}/sections/host`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const save = (cookie: string) =>
      t.app.inject({
        method: 'POST',
        url: `/applications/${id}/answers`,
        payload: { section: 'host', fields: { department: 'Institute of Physics' } },
        headers: { cookie, 'x-csrf-token': csrf },
      });
    const ok = await save(b.cookieHeader());
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ saved: true, problems: [] });
    const noSession = b.cookieHeader().replace(/jx_session=[^;]+;?\s*/, '');
    const out = await save(noSession);
    expect(out.statusCode).toBe(401);
  });

  it('applicant B gets 404 for A’s application, its sections, submit page and status', async () => {
    const a = await applicant('owner@example.org', 'CD1111111');
    const id = await start(a, 'csc-2026', 'doctoral');
    const b = await applicant('other@example.org', 'EF2222222');
    for (const url of [
      `/applications/${id}`,
      `/applications/${id}/sections/plan`,
      `/applications/${id}/submit`,
      `/applications/${id}/status`,
    ]) {
      expect((await b.get(url)).statusCode, url).toBe(404);
    }
    const post = await b.post(
      `/applications/${id}/sections/plan`,
      { title: 'x' },
      { csrfFrom: '/applications' },
    );
    expect(post.statusCode).toBe(404);
  });

  it('R-GEN-TIME: a submission at 23:59:59 Beijing time on the deadline is accepted, at 00:00:00 refused', async () => {
    const early = await applicant('early@example.org', 'GH3333333');
    const late = await applicant('late@example.org', 'IJ4444444', '1993-01-01');
    const ids: string[] = [];
    for (const b of [early, late]) {
      const id = await start(b, 'cas-anso-2026-ucas', 'phd');
      await fill(b, id, PHD_ANSWERS);
      await nameReferees(id, 2);
      ids.push(id);
    }
    clock.set('2026-01-31T15:59:59Z'); // 23:59:59 on 31 January, Beijing
    // Three weeks later the sessions have timed out: sign in again (the drafts wait in the database).
    await early.signIn('early@example.org', 'a long passphrase');
    await late.signIn('late@example.org', 'a long passphrase');
    const ok = await early.post(
      `/applications/${ids[0]}/submit`,
      {},
      { csrfFrom: '/applicant/profile' },
    );
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(303);
    clock.set('2026-01-31T16:00:00Z'); // 00:00:00 on 1 February, Beijing
    const refused = await late.post(
      `/applications/${ids[1]}/submit`,
      {},
      { csrfFrom: '/applicant/profile' },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('The deadline has passed');
    const [a] = await database.db.select().from(applications).where(eq(applications.id, ids[0]!));
    expect(a?.status).toBe('submitted');
    expect(a?.receiptNumber).toMatch(/^JX-2026-[0-9A-Z]{8}$/);
    const [b] = await database.db.select().from(applications).where(eq(applications.id, ids[1]!));
    expect(b?.status).toBe('draft');
    // The confirmation email, and R-GEN-EDIT: locked after the deadline.
    const mails = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.relatedId, ids[0]!));
    expect(mails.map((m) => m.template)).toContain('application_submitted');
    const withdraw = await early.post(
      `/applications/${ids[0]}/withdraw`,
      {},
      { csrfFrom: '/applicant/profile' },
    );
    expect(withdraw.statusCode).toBe(303);
    const [still] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, ids[0]!));
    expect(still?.status).toBe('submitted');
    clock.set('2026-01-10T02:00:00Z');
  });

  it('lists what is missing, blocks on the finder’s reasons, and submits once; withdraw-to-edit before the deadline', async () => {
    const b = await applicant('rahim@example.org', 'KL5555555', '1985-05-05'); // too old for the PhD call
    const id = await start(b, 'cas-anso-2026-ucas', 'phd');
    const empty = await b.get(`/applications/${id}/submit`);
    expect(empty.body).toContain('Before you can submit');
    expect(empty.body).toContain('Name your referees: 2 needed, 0 named so far');
    await fill(b, id, PHD_ANSWERS);
    await nameReferees(id, 2);
    const blocked = await b.post(
      `/applications/${id}/submit`,
      {},
      { csrfFrom: '/applicant/profile' },
    );
    expect(blocked.statusCode).toBe(400);
    expect(blocked.body).toContain('born 1985-05-05');
    expect(blocked.body).toContain('R-ANSO-ELIG');

    const ok = await applicant('zainab@example.org', 'MN6666666');
    const okId = await start(ok, 'cas-anso-2026-ucas', 'phd');
    await fill(ok, okId, PHD_ANSWERS);
    await nameReferees(okId, 2);
    expect(
      (await ok.post(`/applications/${okId}/submit`, {}, { csrfFrom: '/applicant/profile' }))
        .statusCode,
    ).toBe(303);
    expect(
      (await ok.post(`/applications/${okId}/submit`, {}, { csrfFrom: '/applicant/profile' }))
        .statusCode,
    ).toBe(303);
    const events = await database.db.select().from(auditLog).where(eq(auditLog.entityId, okId));
    expect(events.filter((e) => e.action === 'application.submitted')).toHaveLength(1);
    const status = await ok.get(`/applications/${okId}/status?submitted=1`);
    expect(status.body).toContain('Application submitted');
    expect(status.body).toContain('Application received');
    expect(
      (await ok.post(`/applications/${okId}/withdraw`, {}, { csrfFrom: '/applicant/profile' }))
        .statusCode,
    ).toBe(303);
    const [row] = await database.db.select().from(applications).where(eq(applications.id, okId));
    expect(row?.status).toBe('withdrawn');
  });

  it('R-ANSO-ONEHOST: the same person (same passport) cannot also submit to CAS-ANSO at USTC, and is told where they applied', async () => {
    const first = await applicant('one@example.org', 'OP7777777');
    const a = await start(first, 'cas-anso-2026-ucas', 'phd');
    await fill(first, a, PHD_ANSWERS);
    await nameReferees(a, 2);
    expect(
      (await first.post(`/applications/${a}/submit`, {}, { csrfFrom: '/applicant/profile' }))
        .statusCode,
    ).toBe(303);
    const second = await applicant('one-again@example.org', 'op 777 7777');
    const b = await start(second, 'cas-anso-2026-ustc', 'phd');
    await fill(second, b, PHD_ANSWERS);
    await nameReferees(b, 2);
    const refused = await second.post(
      `/applications/${b}/submit`,
      {},
      { csrfFrom: '/applicant/profile' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'You have already applied for the CAS-ANSO Scholarship at University of Chinese Academy of Sciences this year',
    );
  });
});
