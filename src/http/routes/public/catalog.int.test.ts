import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findEligibility } from '@/domain/eligibility/find-eligibility';
import { ZFinderInput } from '@/contracts/finder.schema';
import { auditLog, calls } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { eventually } from '@/test-support/eventually';
import { formFields } from '@/test-support/form-fields';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let other: TTestApp;

// 2026-01-10, Beijing: the 2026 CAS-ANSO call is open (it closes 2026-01-31 at 24:00).
const clock = new TestClock(new Date('2026-01-10T02:00:00Z'));
const amina =
  'level=master&birthDate=1995-06-01&nationality=PK&highestQualification=bachelor&intakeYear=2026&toefl=95';
const profile = {
  asOf: '2026-01-10',
  intakeYear: 2026,
  birthDate: '1995-06-01',
  nationality: 'PK',
  gender: 'female',
  highestQualification: 'bachelor',
  level: 'master',
  subject: 'engineering',
  english: { native: false, toefl: 95, ielts: null },
  host: 'UCAS',
};

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true, clock });
  // A second app server with its own pool (on PostgreSQL): it must see an edit made on the first.
  other = await createTestApp(await database.openAnother(), { clock });
});
afterAll(async () => {
  await t.app.close();
  await other.app.close();
  await database.drop();
});

async function editCall(id: string, fields: Record<string, string>, reason: string) {
  const b = new Browser(t.app);
  await b.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
  const page = await b.get(`/staff/calls/${id}`);
  const form = formFields(page.body);
  const res = await b.post(
    `/staff/calls/${id}/confirm`,
    { ...form, ...fields, intent: 'save', reason },
    { csrfFrom: `/staff/calls/${id}` },
  );
  expect(res.statusCode).toBe(303);
}

describe('catalog', () => {
  it('lists the four programs in English and in Chinese', async () => {
    const en = await new Browser(t.app).get('/programs?lang=en');
    for (const name of [
      'CAS-ANSO Scholarship',
      'President',
      'Chinese Government Scholarship',
      'Beijing Government Scholarship',
    ])
      expect(en.body).toContain(name);
    const zh = await new Browser(t.app).get('/programs?lang=zh-CN');
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('北京市政府');
  });

  it('a program page shows coverage, documents, the deadline in Beijing time and the places', async () => {
    const csc = await new Browser(t.app).get('/programs/csc?lang=en');
    expect(csc.body).toContain('¥99,800.00');
    expect(csc.body).toContain('Foreigner Physical Examination Form');
    const anso = await new Browser(t.app).get('/programs/cas-anso?lang=en');
    expect(anso.body).toContain('31 Jan 2026, 24:00 Beijing time (UTC+8)');
    expect(anso.body).toContain('datetime="2026-01-31T16:00:00.000Z"');
    expect(anso.body).toContain('Open: 22 days left');
    expect(anso.body).toMatch(/PhD program 300/);
    expect((await new Browser(t.app).get('/programs/nope')).statusCode).toBe(404);
  });
});

describe('finder', () => {
  it('shows the CAS-ANSO master’s track closed to a Pakistani engineer born 1995-06-01, with the reason, at a shareable URL', async () => {
    const res = await new Browser(t.app).get(`/finder?${amina}&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("born 1995-06-01; the master's track needs 1996-01-01 or later");
    expect(res.body).toMatch(
      /result--ineligible[^]*?CAS-ANSO · Master&#39;s program|CAS-ANSO · Master's program/,
    );
    const zh = await new Browser(t.app).get(`/finder?${amina}&lang=zh-CN`);
    expect(zh.body).toContain('出生于1995-06-01');
  });

  it('asks for the missing answers field by field, in the user’s language', async () => {
    const res = await new Browser(t.app).get(
      '/finder?level=master&birthDate=&nationality=&highestQualification=bachelor&lang=zh-CN',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#birthDate"');
    expect(res.body).toContain('请输入出生日期');
    expect(res.body).toContain('href="#nationality"');
  });
});

describe('public API', () => {
  it('POST /api/v1/finder answers the CLI’s JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/finder', payload: profile });
    expect(res.statusCode).toBe(200);
    // The CLI judges against the programs' own data; the API against the published calls. The
    // demo's CAS-ANSO and BGS calls carry the same 2026 data, so those answers agree exactly;
    // CSC's window is set per agency, and only the API knows the demo call's example window.
    const cli = JSON.parse(JSON.stringify(findEligibility(ZFinderInput.parse(profile))));
    const byProgram = (r: { results: { program: string }[] }, p: string) =>
      r.results.find((x) => x.program === p);
    const body = res.json();
    for (const p of ['cas-anso', 'bgs']) expect(byProgram(body, p)).toEqual(byProgram(cli, p));
    expect(byProgram(cli, 'csc')).toMatchObject({ call: null });
    expect(byProgram(body, 'csc')).toMatchObject({
      call: { open: true, opensAt: '2026-01-04T16:00:00Z', closesAt: '2026-04-05T16:00:00Z' },
    });
  });

  it('a bad field is a 400 naming it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/finder',
      payload: { ...profile, english: { toefl: 'ninety' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.path).toBe('english.toefl');
  });

  it('lists programs and serves one, and its OpenAPI description at /api/docs', async () => {
    const list = (await t.app.inject('/api/v1/programs')).json();
    expect(list.programs.map((p: { id: string }) => p.id)).toEqual([
      'cas-anso',
      'pifi',
      'csc',
      'bgs',
    ]);
    const csc = (await t.app.inject('/api/v1/programs/csc')).json();
    expect(csc.publishedCalls[0].closesAt).toBe('2026-04-05T16:00:00Z');
    expect((await t.app.inject('/api/v1/programs/xyz')).statusCode).toBe(404);
    const docs = (await t.app.inject('/api/docs')).json();
    expect(docs.openapi).toBe('3.1.0');
    expect(
      docs.paths['/api/v1/finder'].post.requestBody.content['application/json'].schema.properties
        .birthDate,
    ).toBeDefined();
  });
});

describe(`an officer's change takes effect at once, on every server (${TEST_DB_KIND})`, () => {
  it('a new deadline shows in the catalog, the finder and the API of both servers, and in the audit log', async () => {
    // Warm both servers' caches first.
    expect((await new Browser(other.app).get('/programs/cas-anso?lang=en')).body).toContain(
      '31 Jan 2026, 24:00',
    );
    await editCall('cas-anso-2026-ucas', { closesOn: '2026-01-09' }, 'Closed early: quota reached');
    await editCall('cas-anso-2026-ustc', { closesOn: '2026-01-09' }, 'Closed early: quota reached');
    // On the server that saved, at once; on the other, as soon as PostgreSQL's NOTIFY arrives.
    for (const app of [t.app, other.app]) {
      await eventually(async () =>
        expect((await new Browser(app).get('/programs/cas-anso?lang=en')).body).toContain(
          '9 Jan 2026, 24:00',
        ),
      );
      const page = await new Browser(app).get('/programs/cas-anso?lang=en');
      expect(page.body).toContain('9 Jan 2026, 24:00 Beijing time (UTC+8)');
      const api = (
        await app.inject({ method: 'POST', url: '/api/v1/finder', payload: profile })
      ).json();
      expect(api.results[0].call).toEqual({
        open: false,
        opensAt: '2025-10-14T16:00:00Z',
        closesAt: '2026-01-09T16:00:00Z',
      });
      const finder = await new Browser(app).get(`/finder?${amina}&host=UCAS&lang=en`);
      expect(finder.body).toContain('the call is not open now');
    }
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, 'cas-anso-2026-ucas'));
    expect(rows.map((r) => r.reason)).toContain('Closed early: quota reached');
  });

  it('an unpublished call leaves the catalog', async () => {
    await editCall('bgs-2026-blcu', { isPublished: '' }, 'Withdrawn for corrections');
    const [row] = await database.db.select().from(calls).where(eq(calls.id, 'bgs-2026-blcu'));
    expect(row?.isPublished).toBe(false);
    await eventually(async () =>
      expect((await new Browser(other.app).get('/programs/bgs?lang=en')).body).not.toContain(
        'Beijing Language and Culture University',
      ),
    );
    // The saving server needs no notification.
    expect((await new Browser(t.app).get('/programs/bgs?lang=en')).body).not.toContain(
      'Beijing Language and Culture University',
    );
  });
});
