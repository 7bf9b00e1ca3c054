import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, calls } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { formFields } from '@/test-support/form-fields';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function callRow(id: string) {
  const [row] = await database.db.select().from(calls).where(eq(calls.id, id));
  return row!;
}


describe('officers edit calls', () => {
  it('a program officer changes the CAS-ANSO deadline: check your changes, a reason, saved and audited with before and after', async () => {
    const b = new Browser(t.app);
    await b.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    const list = await b.get('/staff/calls');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('/staff/calls/cas-anso-2026-ucas');
    expect(list.body).not.toContain('/staff/calls/csc-2026');

    const edit = await b.get('/staff/calls/cas-anso-2026-ucas');
    const fields = formFields(edit.body);
    expect(fields.closesOn).toBe('2026-01-31');
    const check = await b.post(
      '/staff/calls/cas-anso-2026-ucas',
      { ...fields, closesOn: '2026-02-15' },
      { csrfFrom: '/staff/calls/cas-anso-2026-ucas' },
    );
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Check your changes');
    expect(check.body).toContain('2026-02-15');
    expect((await callRow('cas-anso-2026-ucas')).closesOn).toBe('2026-01-31');

    const hidden = formFields(check.body);
    const noReason = await b.post(
      '/staff/calls/cas-anso-2026-ucas/confirm',
      { ...hidden, intent: 'save', reason: '' },
      { csrfFrom: '/staff/calls/cas-anso-2026-ucas' },
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Say why you are making this change');
    expect((await callRow('cas-anso-2026-ucas')).closesOn).toBe('2026-01-31');

    const saved = await b.post(
      '/staff/calls/cas-anso-2026-ucas/confirm',
      { ...hidden, intent: 'save', reason: 'UCAS extended its deadline by two weeks' },
      { csrfFrom: '/staff/calls/cas-anso-2026-ucas' },
    );
    expect(saved.statusCode).toBe(303);
    const row = await callRow('cas-anso-2026-ucas');
    expect(row.closesOn).toBe('2026-02-15');
    expect(row.version).toBe(2);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'call.updated'));
    expect(audit?.entityId).toBe('cas-anso-2026-ucas');
    expect((audit?.before as { closesOn: string }).closesOn).toBe('2026-01-31');
    expect((audit?.after as { closesOn: string }).closesOn).toBe('2026-02-15');
    expect(audit?.reason).toBe('UCAS extended its deadline by two weeks');
  });

  it('a malformed date gets a field-level error in the officer’s language and nothing is saved', async () => {
    const b = new Browser(t.app);
    await b.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    await b.post('/account/language', { locale: 'zh-CN' });
    const edit = await b.get('/staff/calls/cas-anso-2026-ustc');
    const res = await b.post(
      '/staff/calls/cas-anso-2026-ustc',
      { ...formFields(edit.body), closesOn: '2026-02-30' },
      { csrfFrom: '/staff/calls/cas-anso-2026-ustc' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#closesOn"');
    expect(res.body).toContain('请输入有效日期，例如 2026-01-31');
    expect(res.body).toContain('value="2026-02-30"');
    expect((await callRow('cas-anso-2026-ustc')).closesOn).toBe('2026-01-31');
    await b.post('/account/language', { locale: 'en' });
  });

  it('a non-officer gets 403 on the same request and nothing changes', async () => {
    for (const email of ['applicant@demo.jiangxue.test', 'admissions@demo.jiangxue.test']) {
      const b = new Browser(t.app);
      await b.signIn(email, DEMO_PASSWORD);
      expect((await b.get('/staff/calls/cas-anso-2026-ucas')).statusCode).toBe(403);
      const res = await b.post(
        '/staff/calls/cas-anso-2026-ucas/confirm',
        { closesOn: '2030-01-01', intent: 'save', reason: 'x'.repeat(10), version: '2' },
        { csrfFrom: '/account' },
      );
      expect(res.statusCode, email).toBe(403);
    }
    expect((await callRow('cas-anso-2026-ucas')).closesOn).toBe('2026-02-15');
  });

  it('a program officer of CAS-ANSO cannot edit a CSC call', async () => {
    const b = new Browser(t.app);
    await b.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    expect((await b.get('/staff/calls/csc-2026')).statusCode).toBe(403);
  });

  it('a save based on an old version is refused, keeping what the officer typed', async () => {
    const b = new Browser(t.app);
    await b.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
    const edit = await b.get('/staff/calls/pifi-2026');
    const fields = formFields(edit.body);
    const stale = {
      ...fields,
      version: '1',
      quota_fellow: '25',
      intent: 'save',
      reason: 'Quota agreed for 2026',
    };
    const first = await b.post('/staff/calls/pifi-2026/confirm', stale, {
      csrfFrom: '/staff/calls/pifi-2026',
    });
    expect(first.statusCode).toBe(303);
    const second = await b.post(
      '/staff/calls/pifi-2026/confirm',
      { ...stale, quota_fellow: '30' },
      { csrfFrom: '/staff/calls/pifi-2026' },
    );
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Someone else saved this call');
    expect(second.body).toContain('value="30"');
    expect(
      ((await callRow('pifi-2026')).settings as { quotas: Record<string, number> }).quotas.fellow,
    ).toBe(25);
  });

  it('CSC dispatching authorities and BGS amounts are validated row by row', async () => {
    const b = new Browser(t.app);
    await b.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
    const csc = formFields((await b.get('/staff/calls/csc-2026')).body);
    const bad = await b.post(
      '/staff/calls/csc-2026',
      { ...csc, agency_0_country: 'PK', agency_0_name: 'Higher Education Commission' },
      { csrfFrom: '/staff/calls/csc-2026' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#agency_0_agencyNumber"');
    const good = {
      ...csc,
      agency_0_country: 'pk',
      agency_0_name: 'Higher Education Commission',
      agency_0_agencyNumber: '10610',
      agency_0_opensOn: '2026-01-05',
      agency_0_closesOn: '2026-03-31',
      vacations: '2027-01-10 to 2027-02-20',
      intent: 'save',
      reason: 'HEC window for 2026',
    };
    expect(
      (await b.post('/staff/calls/csc-2026/confirm', good, { csrfFrom: '/staff/calls/csc-2026' }))
        .statusCode,
    ).toBe(303);
    const settings = (await callRow('csc-2026')).settings as {
      agencies: { country: string }[];
      vacations: unknown[];
    };
    expect(settings.agencies).toEqual([
      {
        country: 'PK',
        name: 'Higher Education Commission',
        agencyNumber: '10610',
        opensOn: '2026-01-05',
        closesOn: '2026-03-31',
      },
    ]);
    expect(settings.vacations).toEqual([{ from: '2027-01-10', to: '2027-02-20' }]);

    const bgs = formFields((await b.get('/staff/calls/bgs-2026-blcu')).body);
    const partial = await b.post(
      '/staff/calls/bgs-2026-blcu',
      { ...bgs, bgs_master_living: '3,200' },
      { csrfFrom: '/staff/calls/bgs-2026-blcu' },
    );
    expect(partial.statusCode).toBe(400);
    expect(partial.body).toContain('Enter all three amounts for this level, or none');
    const full = {
      ...bgs,
      bgs_master_living: '3,200.50',
      bgs_master_accommodation: '800',
      bgs_master_insurance: '800',
      intent: 'save',
      reason: 'BLCU standards 2026',
    };
    expect(
      (
        await b.post('/staff/calls/bgs-2026-blcu/confirm', full, {
          csrfFrom: '/staff/calls/bgs-2026-blcu',
        })
      ).statusCode,
    ).toBe(303);
    const amounts = (
      (await callRow('bgs-2026-blcu')).settings as { amounts: { bgs: Record<string, unknown> } }
    ).amounts.bgs;
    expect(amounts.master).toEqual({
      livingMonthlyFen: 320050,
      accommodationMonthlyFen: 80000,
      insuranceAnnualFen: 80000,
    });
  });
});
