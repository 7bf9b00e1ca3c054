import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertRole, findUserByEmail } from '@/db/repositories/user.repository';
import {
  applications,
  calls,
  interviewSlots,
  interviews,
  outboxEmails,
  panelApplications,
  panelMembers,
  panels,
  reviews,
} from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import type { TActor } from '@/policies/actor';
import { hashPassword } from '@/services/accounts/secrets';
import { submitReview } from '@/services/ranking/ranking.fixture';
import { addMember, createPanel } from '@/services/review/panel.fixture';
import {
  addApplicant,
  assignReview,
  createReviewerAccount,
} from '@/services/reviewing/reviewing.fixture';
import { inviteReferee } from '@/services/referees/invite-referee';
import { latestToken, refereeByEmail } from '@/services/referees/referee.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { formFields } from '@/test-support/form-fields';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

// U+0000 (and the other C0 controls) in free text: PostgreSQL cannot store NUL in text or
// jsonb, so it must be refused at the edge with the field's message, never reach the database
// as a 500. One test per field named in the report, then a sweep of every form of every page.

const NUL = 'a\u0000b';
/** A NUL in text long enough for every "at least N characters" rule, so none hides it. */
const LONG_NUL = 'Long enough a\u0000b';
const EN_MESSAGE = 'invisible control character';
const ZH_MESSAGE = '不可见的控制字符';

let database: TTestDatabase;
let t: TTestApp;
let applicant: Browser;
let officer: Browser;
// Issue 11: the demo's screening (demo-screening.ts) — its admission officer and authority.
let screener: Browser;
let authority: Browser;
const screeningIds: Record<string, string> = {};
let amina: { userId: string; actor: TActor };
let applicationId: string;
let refereeId: string;
let refereeToken: string;
let resetToken: string;
// Issue 11's review stage: a PIFI panel with interviews and the people of its forms.
let chair: Browser;
let reviewer: Browser;
let undeclared: Browser;
const review = {
  callId: '',
  panelId: '',
  /** Assigned to `reviewer`, not yet scored: the review page's score form. */
  underReview: '',
  /** Two submitted reviews of two: ranked, shortlisted, invited, booked. */
  ranked: '',
  /** One submitted review of two: the ranking's "close with fewer" form. */
  fewer: '',
  invitationToken: '',
  bookingToken: '',
};

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  const now = t.clock.now();
  amina = await createApplicant(database.db, now, {
    email: 'nul@example.org',
    displayName: 'Amina Nul',
    password: DEMO_PASSWORD,
  });
  applicant = new Browser(t.app);
  expect((await applicant.signIn('nul@example.org', DEMO_PASSWORD)).statusCode).toBe(303);
  const profile = await applicant.post(
    '/applicant/profile',
    {
      familyName: 'Nul',
      givenNames: 'Amina',
      nameZh: '',
      nationality: 'PK',
      birthOn: '1994-03-02',
      gender: 'female',
      passportNumber: 'AB1234567',
      passportCountry: 'PK',
      consent: 'on',
    },
    { csrfFrom: '/applicant/profile' },
  );
  expect(profile.statusCode).toBe(303);
  applicationId = (
    await createApplication(database.db, now, {
      userId: amina.userId,
      callId: 'csc-2026',
      programId: 'csc',
      track: 'doctoral',
    })
  ).id;
  const saved = await applicant.post(
    `/applications/${applicationId}/sections/personal`,
    { phone: '+92 300 1234567', address: 'House 1, Lahore', inChina: 'no' },
    { csrfFrom: `/applications/${applicationId}/sections/personal` },
  );
  expect(saved.statusCode).toBe(303);
  await inviteReferee(
    t.deps,
    amina.actor,
    {},
    {
      applicationId,
      referee: {
        name: 'Prof. One',
        title: 'Professor',
        institution: 'CAS',
        email: 'one@example.edu',
        locale: 'en',
      },
    },
  );
  refereeToken = await latestToken(database.db, 'one@example.edu');
  refereeId = (await refereeByEmail(database.db, applicationId, 'one@example.edu')).id;

  await new Browser(t.app).post(
    '/forgot-password',
    { email: 'nul@example.org' },
    { csrfFrom: '/forgot-password' },
  );
  const [mail] = await database.db
    .select()
    .from(outboxEmails)
    .where(
      and(
        eq(outboxEmails.toAddress, 'nul@example.org'),
        eq(outboxEmails.template, 'reset_password'),
      ),
    );
  resetToken = /token=([\w-]+)/.exec(mail!.textBody)![1]!;

  // The program officer also looks after the CSC call, whose form has free-text authorities.
  const program = await findUserByEmail(database.db, 'program@demo.jiangxue.test');
  await insertRole(database.db, {
    userId: program!.id,
    role: 'program_officer',
    programId: 'csc',
    institutionId: null,
    createdAt: now,
  });
  officer = new Browser(t.app);
  expect((await officer.signIn('program@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(303);
  screener = new Browser(t.app);
  expect((await screener.signIn('admissions@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(
    303,
  );
  authority = new Browser(t.app);
  expect((await authority.signIn('authority@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(
    303,
  );
  for (const row of await database.db.select().from(applications))
    if (row.verificationCode?.startsWith('DEMOSCREEN')) screeningIds[row.verificationCode] = row.id;
  await buildReviewStage(program!.id, now);
});

/**
 * The review stage's forms need real data: a PIFI panel with interviews, on which the program
 * officer (granted PIFI) manages, a declared reviewer scores, a member not yet declared sees the
 * declaration list, the demo chair adjusts and runs interviews, an invited member has a link,
 * and a shortlisted applicant was invited and booked a slot.
 */
async function buildReviewStage(programUserId: string, now: Date) {
  const db = database.db;
  await insertRole(db, {
    userId: programUserId,
    role: 'program_officer',
    programId: 'pifi',
    institutionId: null,
    createdAt: now,
  });
  const [pifi] = await db.select().from(calls).where(eq(calls.programId, 'pifi'));
  const callId = pifi!.id;
  review.callId = callId;
  const panelId = (
    await createPanel(db, now, {
      callId,
      track: 'fellow',
      name: 'PIFI sweep',
      hasInterviews: true,
      requiredReviews: 2,
      reviewsDueAt: new Date(now.getTime() + 10 * 86_400_000),
    })
  ).id;
  review.panelId = panelId;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const account = async (email: string, isDeclared: boolean) => {
    const userId = await createReviewerAccount(db, now, { email, passwordHash });
    const member = await addMember(db, now, panelId, {
      email,
      institution: `Institute ${email}`,
      userId,
      ...(isDeclared ? { conflictsDeclaredAt: now } : {}),
    });
    const b = new Browser(t.app);
    expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(303);
    return { member, b };
  };
  const declared = await account('sweep-reviewer@uni.edu', true);
  reviewer = declared.b;
  undeclared = (await account('sweep-undeclared@uni.edu', false)).b;
  const chairUser = await findUserByEmail(db, 'chair@demo.jiangxue.test');
  await addMember(db, now, panelId, {
    email: 'chair@demo.jiangxue.test',
    institution: 'Chair Institute',
    role: 'chair',
    userId: chairUser!.id,
    conflictsDeclaredAt: now,
  });
  chair = new Browser(t.app);
  expect((await chair.signIn('chair@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(303);
  const [r1, r2] = await Promise.all(
    ['r1', 'r2'].map((r) =>
      addMember(db, now, panelId, { email: `${r}@sweep.edu`, institution: `Uni ${r}` }),
    ),
  );
  const applicant = (familyName: string) =>
    addApplicant(db, now, {
      panelId,
      callId,
      email: `${familyName.toLowerCase()}@sweep.test`,
      familyName,
      answers: {},
    });
  review.underReview = await applicant('ZzUnder');
  review.ranked = await applicant('ZzRanked');
  review.fewer = await applicant('ZzFewer');
  await assignReview(db, now, panelId, review.underReview, declared.member.id);
  const eights = {
    academic_excellence: 8,
    research_proposal: 8,
    cas_relevance: 8,
    collaboration_potential: 8,
  };
  for (const r of [r1!, r2!]) await submitReview(db, now, panelId, review.ranked, r.id, eights);
  await submitReview(db, now, panelId, review.fewer, r1!.id, eights);

  // A draft already saved: the sweep's refused posts must leave its scores and comment alone.
  const reviewPage = `/review/panels/${panelId}/applications/${review.underReview}`;
  const draft = await reviewer.post(
    reviewPage,
    { 'score-academic_excellence': '7', comment: 'A sound proposal.', intent: 'save' },
    { csrfFrom: reviewPage },
  );
  expect(draft.statusCode, draft.body.slice(0, 300)).toBe(303);

  // The panel as its form saves it (the fixture's rubric has no descriptions): a NUL in the
  // hidden `rows` is ignored, and the sweep's resave of the unchanged form must change nothing.
  const edit = `/staff/panels/${panelId}/edit`;
  const [panelForm] = formsOf((await officer.get(edit)).body).filter((f) => f.method === 'post');
  const resaved = await postForm(officer, panelForm!, panelForm!.fields, edit);
  expect(resaved.statusCode, resaved.body.slice(0, 300)).toBe(303);

  // The invitation link is only in the e-mail (its hash is stored): invite through the page.
  const members = `/staff/panels/${panelId}`;
  const invite = await officer.post(
    `${members}/members`,
    {
      displayName: 'Prof. Invited',
      email: 'sweep-invited@uni.edu',
      institution: 'Invited Institute',
      disciplines: '',
      capacity: '10',
      role: 'reviewer',
      locale: 'en',
    },
    { csrfFrom: members },
  );
  expect(invite.statusCode, invite.body.slice(0, 300)).toBe(303);
  review.invitationToken = await linkTokenOf(
    'sweep-invited@uni.edu',
    /review\/invitations\/([\w-]+)/,
  );

  // Shortlisted, a slot three days ahead at 10:00 Beijing time, invited, booked.
  const ranking = `/staff/panels/${panelId}/ranking`;
  const interviewsPage = `/staff/panels/${panelId}/interviews`;
  const steps = [
    [`${ranking}/${review.ranked}/shortlist`, { shortlist: 'yes' }, ranking],
    [
      `${interviewsPage}/slots`,
      {
        'slot-date': new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10),
        'slot-time': '10:00',
        'slot-duration': '30',
        'slot-location': 'Room 101',
      },
      interviewsPage,
    ],
    [`${interviewsPage}/invitations`, {}, interviewsPage],
  ] as const;
  for (const [url, fields, from] of steps) {
    const res = await chair.post(url, fields, { csrfFrom: from });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(303);
  }
  review.bookingToken = await linkTokenOf('zzranked@sweep.test', /interviews\/([\w-]+)/);
  const [slot] = await db.select().from(interviewSlots);
  const booking = `/interviews/${review.bookingToken}`;
  const booked = await new Browser(t.app).post(
    booking,
    { slotId: slot!.id },
    { csrfFrom: booking },
  );
  expect(booked.statusCode, booked.body.slice(0, 300)).toBe(303);
}

async function linkTokenOf(to: string, link: RegExp) {
  const mails = await database.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, to));
  const token = mails.map((m) => link.exec(m.textBody)?.[1]).find(Boolean);
  expect(token, `a link in the mail to ${to}`).toBeDefined();
  return token!;
}

/**
 * What the review stage's forms may change: compared before and after the sweep. A refused
 * post may still save the rest of its form unchanged (a new version, the same values).
 */
async function reviewStageRows() {
  const db = database.db;
  const values = <T extends { version: number; updatedAt: Date }>(rows: T[]) =>
    rows.map(({ version: _version, updatedAt: _updatedAt, ...rest }) => rest);
  return {
    panels: values(await db.select().from(panels).where(eq(panels.id, review.panelId))),
    members: await db
      .select()
      .from(panelMembers)
      .where(eq(panelMembers.panelId, review.panelId))
      .orderBy(panelMembers.email),
    onPanel: await db
      .select()
      .from(panelApplications)
      .where(eq(panelApplications.panelId, review.panelId))
      .orderBy(panelApplications.applicationId),
    reviews: values(await db.select().from(reviews).orderBy(reviews.id)),
    slots: await db.select().from(interviewSlots),
    interviews: await db.select().from(interviews),
  };
}
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function answers() {
  const [row] = await database.db
    .select()
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row!.answers as Record<string, Record<string, string>>;
}

function expectFieldError(res: LightMyRequestResponse, field: string, message: string) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  const error = new RegExp(`id="${field}-error"[^>]*>([^<]*)<`).exec(res.body);
  expect(error?.[1], `error beside ${field}`).toContain(message);
}

describe('a NUL in a free-text field is refused beside the field, in the user’s language', () => {
  it('an application section (no JavaScript): 400 page, and the saved answer stays', async () => {
    const url = `/applications/${applicationId}/sections/personal`;
    const res = await applicant.post(
      url,
      { phone: '+92 300 7654321', address: `House 2${NUL}`, inChina: 'no' },
      { csrfFrom: url },
    );
    expectFieldError(res, 'address', EN_MESSAGE);
    // Nothing of that form is saved, and the page says so rather than "Saved".
    expect(res.body).toContain('Not saved: some answers hold characters that cannot be stored.');
    expect((await answers()).personal).toEqual({
      phone: '+92 300 1234567',
      address: 'House 1, Lahore',
      inChina: 'no',
    });
  });

  it('the JSON autosave: 400 JSON naming the field, and the saved answer stays', async () => {
    const page = await applicant.get(`/applications/${applicationId}/sections/personal`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/applications/${applicationId}/answers`,
      headers: { cookie: applicant.cookieHeader(), 'x-csrf-token': csrf },
      payload: { section: 'personal', fields: { address: `House 3${NUL}` } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const body = res.json() as { error: { path: string; message: string } };
    expect(body.error.path).toBe('fields.address');
    expect(body.error.message).toContain(EN_MESSAGE);
    expect((await answers()).personal?.address).toBe('House 1, Lahore');
  });

  it('a lone surrogate in the JSON autosave is refused as well (jsonb cannot hold it)', async () => {
    const page = await applicant.get(`/applications/${applicationId}/sections/plan`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/applications/${applicationId}/answers`,
      headers: {
        cookie: applicant.cookieHeader(),
        'x-csrf-token': csrf,
        'content-type': 'application/json',
      },
      payload: '{"section":"plan","fields":{"title":"Broken \\ud800 title"}}',
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { path: string } }).error.path).toBe('fields.title');
  });

  it('a section posted after the session expired keeps the rest, and never the NUL', async () => {
    const url = `/applications/${applicationId}/sections/personal`;
    const b = new Browser(t.app);
    const kept = await b.post(
      url,
      { phone: '+92 300 0000001', address: `House 4${NUL}`, inChina: 'no' },
      { csrfFrom: '/sign-in' },
    );
    expect(kept.statusCode).toBe(303);
    const next = new URL(String(kept.headers.location), 'http://x');
    expect(next.searchParams.get('kept')).toBe('1');
    await b.signIn('nul@example.org', DEMO_PASSWORD);
    expect((await b.get(next.searchParams.get('next')!)).statusCode).toBe(303);
    expect((await answers()).personal).toMatchObject({
      phone: '+92 300 0000001',
      address: 'House 1, Lahore',
    });
    const restore = await applicant.post(
      url,
      { phone: '+92 300 1234567', address: 'House 1, Lahore', inChina: 'no' },
      { csrfFrom: url },
    );
    expect(restore.statusCode).toBe(303);
  });

  it('an over-long answer cut to its limit is never cut inside an emoji', async () => {
    const url = `/applications/${applicationId}/sections/personal`;
    const res = await applicant.post(
      url,
      { phone: `x${'😀'.repeat(600)}`, address: 'House 1, Lahore', inChina: 'no' },
      { csrfFrom: url },
    );
    expect(res.statusCode).toBe(400); // saved, and "too long" shown beside the phone
    expect((await answers()).personal?.phone).toBe(`x${'😀'.repeat(519)}`);
    const restore = await applicant.post(
      url,
      { phone: '+92 300 1234567', address: 'House 1, Lahore', inChina: 'no' },
      { csrfFrom: url },
    );
    expect(restore.statusCode).toBe(303);
  });

  it('tabs and line breaks stay allowed in multi-line answers', async () => {
    const url = `/applications/${applicationId}/sections/personal`;
    const res = await applicant.post(
      url,
      { phone: '+92 300 1234567', address: 'House 1\r\n\tLahore', inChina: 'no' },
      { csrfFrom: url },
    );
    expect(res.statusCode).toBe(303);
    expect((await answers()).personal?.address).toBe('House 1\r\n\tLahore');
  });

  it('sign-up displayName', async () => {
    const res = await new Browser(t.app).post(
      '/sign-up',
      {
        displayName: `Li${NUL}`,
        email: 'li@example.org',
        password: 'a long passphrase',
        locale: 'en',
      },
      { csrfFrom: '/sign-up' },
    );
    expectFieldError(res, 'displayName', EN_MESSAGE);
    expect(await findUserByEmail(database.db, 'li@example.org')).toBeUndefined();
  });

  it('sign-up displayName, in Chinese with full-width punctuation', async () => {
    const res = await new Browser(t.app).post(
      '/sign-up',
      {
        displayName: `李${NUL}`,
        email: 'li@example.org',
        password: 'a long passphrase',
        locale: 'zh-CN',
      },
      { csrfFrom: '/sign-up?lang=zh-CN' },
    );
    expectFieldError(res, 'displayName', ZH_MESSAGE);
    expect(res.body).toMatch(/不可见的控制字符（[^<）]*）/);
  });

  it('referee name', async () => {
    const url = `/applications/${applicationId}/referees`;
    const res = await applicant.post(
      url,
      {
        name: `Prof.${NUL} Two`,
        title: 'Professor',
        institution: 'CAS',
        email: 'two@example.edu',
        locale: 'en',
      },
      { csrfFrom: url },
    );
    expectFieldError(res, 'name', EN_MESSAGE);
  });

  it('profile familyName', async () => {
    const res = await applicant.post(
      '/applicant/profile',
      {
        familyName: `Nul${NUL}`,
        givenNames: 'Amina',
        nameZh: '',
        nationality: 'PK',
        birthOn: '1994-03-02',
        gender: 'female',
        passportNumber: 'AB1234567',
        passportCountry: 'PK',
        consent: 'on',
      },
      { csrfFrom: '/applicant/profile' },
    );
    expectFieldError(res, 'familyName', EN_MESSAGE);
  });

  it('a referee’s letter', async () => {
    const res = await new Browser(t.app).post(
      `/r/${refereeToken}/letter`,
      { letter: `Dear committee,\n\n${NUL}` },
      { csrfFrom: `/r/${refereeToken}` },
    );
    expectFieldError(res, 'letter', EN_MESSAGE);
  });

  it('the finder API answers the contract’s JSON error naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/finder',
      payload: {
        asOf: '2026-01-10',
        intakeYear: 2026,
        birthDate: '1995-06-01',
        nationality: 'PK',
        highestQualification: 'master',
        level: 'doctoral',
        host: `UCAS${NUL}`,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { path: 'host' } });
  });
});

// ---- The sweep ------------------------------------------------------------------------------

type TForm = {
  action: string;
  method: 'get' | 'post';
  isMultipart: boolean;
  fields: Record<string, string>;
  /** The fields a person types into (and hidden ones), as opposed to choices. */
  textFields: { name: string; isVisible: boolean }[];
};

const TYPED = /type="(text|email|search|tel|url|date|number|hidden)"/;

function formsOf(html: string): TForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map((m) => {
    const attrs = m[1]!;
    const inner = m[2]!;
    const fields = formFields(inner);
    for (const s of inner.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
      const options = [...s[2]!.matchAll(/<option([^>]*)value="([^"]*)"/g)];
      const chosen = options.find((o) => /\bselected\b/.test(o[1]!)) ?? options[0];
      fields[s[1]!] = chosen?.[2] ?? '';
    }
    for (const r of inner.matchAll(/<input[^>]*type="radio"[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(r[0])?.[1];
      if (name && /\bchecked\b/.test(r[0])) fields[name] = /value="([^"]*)"/.exec(r[0])![1]!;
    }
    const textFields: TForm['textFields'] = [];
    for (const i of inner.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(i[0])?.[1];
      const type = /type="([^"]+)"/.exec(i[0])?.[1] ?? 'text';
      if (!name || name === '_csrf' || !(TYPED.test(i[0]) || !/type=/.test(i[0]))) continue;
      textFields.push({ name, isVisible: type !== 'hidden' });
    }
    for (const a of inner.matchAll(/<textarea[^>]*name="([^"]+)"/g))
      textFields.push({ name: a[1]!, isVisible: true });
    return {
      action: /action="([^"]*)"/.exec(attrs)?.[1]?.replace(/&amp;/g, '&') ?? '',
      method: /method="post"/i.test(attrs) ? 'post' : 'get',
      isMultipart: /multipart\/form-data/.test(attrs),
      fields,
      textFields,
    };
  });
}

async function postForm(b: Browser, form: TForm, fields: Record<string, string>, page: string) {
  return b.post(form.action, fields, { csrfFrom: page });
}

describe('the sweep: every form of every page, NUL in each text field', () => {
  it('answers 400 with the page (or JSON), never 500, and never changes what was saved', async () => {
    const anonymous = () => new Browser(t.app);
    const sections = ['personal', 'education', 'language', 'plan', 'host', 'program'];
    const pages: { who: () => Browser; url: string }[] = [
      { who: anonymous, url: '/sign-in' },
      { who: anonymous, url: '/sign-up' },
      { who: anonymous, url: '/forgot-password' },
      { who: anonymous, url: `/reset-password?token=${resetToken}` },
      { who: anonymous, url: '/finder' },
      { who: anonymous, url: `/r/${refereeToken}` },
      { who: () => applicant, url: '/account' },
      { who: () => applicant, url: '/applicant/profile' },
      { who: () => applicant, url: '/applications' },
      { who: () => applicant, url: `/applications/${applicationId}` },
      ...sections.map((s) => ({
        who: () => applicant,
        url: `/applications/${applicationId}/sections/${s}`,
      })),
      { who: () => applicant, url: `/applications/${applicationId}/referees` },
      {
        who: () => applicant,
        url: `/applications/${applicationId}/referees/${refereeId}/replace`,
      },
      { who: () => applicant, url: `/applications/${applicationId}/submit` },
      { who: () => applicant, url: `/applications/${applicationId}/documents` },
      { who: () => officer, url: '/staff/calls/csc-2026' },
      { who: () => officer, url: '/staff/calls/cas-anso-2026-ucas' },
      { who: () => officer, url: '/staff/verify' },
      // A reason to review, the return and incomplete forms; a letter to waive; a nomination.
      { who: () => screener, url: `/staff/screening/${screeningIds.DEMOSCREEN1}` },
      { who: () => screener, url: `/staff/screening/${screeningIds.DEMOSCREEN2}` },
      { who: () => authority, url: `/staff/nominations/${screeningIds.DEMOSCREEN4}` },
      // Issue 11's review stage: panels (officer), ranking (officer closes, chair adjusts),
      // interviews (chair), the reviewer's pages, the invitation and the booking links.
      { who: () => officer, url: '/staff/panels' },
      { who: () => officer, url: `/staff/panels/new?call=${review.callId}` },
      { who: () => officer, url: `/staff/panels/${review.panelId}` },
      { who: () => officer, url: `/staff/panels/${review.panelId}/edit` },
      { who: () => officer, url: `/staff/panels/${review.panelId}/ranking` },
      { who: () => chair, url: `/staff/panels/${review.panelId}/ranking` },
      { who: () => chair, url: `/staff/panels/${review.panelId}/interviews` },
      {
        who: () => reviewer,
        url: `/review/panels/${review.panelId}/applications/${review.underReview}`,
      },
      { who: () => reviewer, url: `/review/panels/${review.panelId}/score-sheet` },
      { who: () => undeclared, url: `/review/panels/${review.panelId}/conflicts` },
      { who: anonymous, url: `/review/invitations/${review.invitationToken}` },
      { who: anonymous, url: `/interviews/${review.bookingToken}` },
    ];
    const before = await answers();
    const reviewStageBefore = await reviewStageRows();
    const swept = new Set<string>();
    const problems: string[] = [];
    // A field a person types into: 400 and the error beside it. A hidden field (a copy the
    // page carries, like the version an officer edits) must never cause a 500; a step that
    // does not read it (the officer's first step ignores `version`) may go on.
    const check = (label: string, res: LightMyRequestResponse, field: string, visible: boolean) => {
      if (res.statusCode >= 500) problems.push(`${label}: ${res.statusCode}`);
      else if (!visible) return;
      else if (res.statusCode !== 400) problems.push(`${label}: ${res.statusCode}, not 400`);
      else if (!new RegExp(`id="${field}-error"`).test(res.body))
        problems.push(`${label}: no error beside the field`);
    };

    const sweepForms = async (who: () => Browser, page: string, html: string) => {
      for (const form of formsOf(html)) {
        if (form.isMultipart) continue; // the upload forms: documents.int.test.ts
        for (const { name, isVisible } of form.textFields) {
          const value = LONG_NUL;
          const label = `${form.method.toUpperCase()} ${form.action} ${name} (from ${page})`;
          const fields = { ...form.fields, [name]: value };
          swept.add(`${form.method} ${form.action.split('?')[0]}`);
          if (form.method === 'get') {
            const res = await who().get(`${form.action}?${new URLSearchParams(fields)}`);
            if (res.statusCode >= 500) problems.push(`${label}: ${res.statusCode}`);
            continue;
          }
          const res = await postForm(who(), form, fields, page);
          check(label, res, name, isVisible);
        }
      }
    };

    for (const { who, url } of pages) {
      const res = await who().get(url);
      expect(res.statusCode, url).toBe(200);
      await sweepForms(who, url, res.body);
    }
    // The officer's "check your changes" page comes from posting the edit form unchanged.
    for (const callId of ['csc-2026', 'cas-anso-2026-ucas']) {
      const page = `/staff/calls/${callId}`;
      const [edit] = formsOf((await officer.get(page)).body).filter((f) => f.method === 'post');
      const check = await postForm(officer, edit!, edit!.fields, page);
      expect(check.statusCode, check.body.slice(0, 300)).toBe(200);
      await sweepForms(() => officer, page, check.body);
    }

    expect(problems).toEqual([]);
    expect(await answers()).toEqual(before);
    expect(await reviewStageRows()).toEqual(reviewStageBefore);
    // Every form route of the app was reached by the sweep (or is tested elsewhere).
    const formRoutes = t.routes
      .filter((r) => r.method === 'POST' && !(r.config as { isApi?: boolean })?.isApi)
      .map((r) => r.url)
      // Not here: forms without text (sign-out, resend, submit, withdraw, the language choice),
      // the mailbox's reveal button, the referee's "open" button, screening's "pass to review",
      // the autosave (next test) and uploads, whose file names safeFileName cleans.
      .filter(
        (u) =>
          !/documents|upload|sign-out|resend|submit|withdraw|language|reveal|\/open$|\/answers$|\/pass$/.test(
            u,
          ),
      )
      // Issue 11, no text either: the buttons that remove a member, an assignment or a slot,
      // run the assignment and send the interview invitations; adding an assignment (two
      // selects of ids); the conflict declaration (ticks); the score sheet (a file upload,
      // reviewing.int.test.ts); the score form's JSON autosave (its own test below).
      .filter(
        (u) =>
          !/\/remove$|\/assign$|\/assignments$|\/invitations$|\/conflicts$|\/score-sheet$|\/draft$/.test(
            u,
          ),
      );
    const reached = [...swept].map((s) => s.replace(/^post /, ''));
    const pattern = (u: string) => new RegExp(`^${u.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    const missed = formRoutes.filter((u) => !reached.some((r) => pattern(u).test(r)));
    expect(missed).toEqual([]);
  });

  it('the score form’s JSON autosave refuses a NUL in the comment: 400 JSON naming it', async () => {
    const url = `/review/panels/${review.panelId}/applications/${review.underReview}`;
    const page = await reviewer.get(url);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const before = await reviewStageRows();
    const res = await t.app.inject({
      method: 'POST',
      url: `${url}/draft`,
      headers: { cookie: reviewer.cookieHeader(), 'x-csrf-token': csrf },
      payload: { scores: { academic_excellence: '8' }, comment: LONG_NUL },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({
      error: { path: 'comment', message: 'The comment contains characters that cannot be stored' },
    });
    expect(await reviewStageRows()).toEqual(before);
  });

  it('a ranking reason (adjustment, closing with fewer reviews) says why beside the field', async () => {
    const ranking = `/staff/panels/${review.panelId}/ranking`;
    const before = await reviewStageRows();
    const adjusted = await chair.post(
      `${ranking}/adjustment`,
      { applicationId: review.ranked, adjustment: '1.5', reason: LONG_NUL },
      { csrfFrom: ranking },
    );
    expectFieldError(adjusted, 'reason', EN_MESSAGE);
    const field = `close-reason-${review.fewer}`;
    const closed = await officer.post(
      `${ranking}/${review.fewer}/close`,
      { [field]: LONG_NUL },
      { csrfFrom: ranking },
    );
    expectFieldError(closed, field, EN_MESSAGE);
    expect(await reviewStageRows()).toEqual(before);
  });

  it('the JSON autosave: every field of every section answers 400 JSON naming it', async () => {
    const { formSections } = await import('@/domain/applications/form-definition');
    const page = await applicant.get(`/applications/${applicationId}/sections/personal`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const before = await answers();
    for (const section of formSections('csc', 'doctoral')) {
      for (const field of section.fields) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/applications/${applicationId}/answers`,
          headers: { cookie: applicant.cookieHeader(), 'x-csrf-token': csrf },
          payload: { section: section.id, fields: { [field.id]: NUL } },
        });
        expect(res.statusCode, `${section.id}.${field.id}`).toBe(400);
        expect(res.json(), `${section.id}.${field.id}`).toMatchObject({
          error: { path: `fields.${field.id}` },
        });
      }
    }
    expect(await answers()).toEqual(before);
  });
});
