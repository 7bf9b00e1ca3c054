import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertRole, findUserByEmail } from '@/db/repositories/user.repository';
import { applications, outboxEmails } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import type { TActor } from '@/policies/actor';
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
});
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
    ];
    const before = await answers();
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
          const label = `${form.method.toUpperCase()} ${form.action} ${name} (from ${page})`;
          const fields = { ...form.fields, [name]: NUL };
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
      );
    const reached = [...swept].map((s) => s.replace(/^post /, ''));
    const pattern = (u: string) => new RegExp(`^${u.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    const missed = formRoutes.filter((u) => !reached.some((r) => pattern(u).test(r)));
    expect(missed).toEqual([]);
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
