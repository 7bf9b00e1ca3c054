import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findUserByEmail, insertRole, insertUser } from '@/db/repositories/user.repository';
import { applicantProfiles, applications, documents, referees, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { hashPassword } from '@/services/accounts/secrets';
import { pdfToText, SKIP_PDF_TEXT } from '@/services/print/pdf-text.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let submittedId: string;
let draftId: string;
const CODE = 'K7QX-2M9D';
const OTHER = 'applicant-b@demo.jiangxue.test';

/** A CSC doctoral application of the demo applicant (王芳), submitted, with referees and files. */
async function seedApplications(): Promise<void> {
  const db = database.db;
  const now = t.clock.now();
  const a = (await findUserByEmail(db, 'applicant@demo.jiangxue.test'))!;
  await db.update(users).set({ locale: 'zh-CN' }).where(eq(users.id, a.id));
  await db.insert(applicantProfiles).values({
    userId: a.id,
    familyName: 'WANG',
    givenNames: 'Fang',
    nameZh: '王芳',
    nationality: 'SG',
    passportNumber: 'K1234567A',
    passportCountry: 'SG',
    birthOn: '1994-05-17',
    gender: 'female',
    identityKey: 'K1234567A|SG|1994-05-17',
    createdAt: now,
    updatedAt: now,
  });
  const [submitted] = await db
    .insert(applications)
    .values({
      applicantUserId: a.id,
      callId: 'csc-2026',
      programId: 'csc',
      track: 'doctoral',
      hostId: 'UCAS',
      status: 'submitted',
      answers: {
        personal: { phone: '+65 6123 4567', address: '12 Clementi Road', inChina: 'no' },
        plan: { title: '季风降水与地下水补给', text: '研究计划'.repeat(300) },
        program: { dispatchingAuthority: 'MOE Singapore', agencyNumber: '10610' },
      },
      receiptNumber: 'JX-2026-CSC-000123',
      verificationCode: CODE,
      submittedAt: new Date('2026-03-31T15:59:59Z'),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  submittedId = submitted!.id;
  await db.insert(referees).values([
    {
      applicationId: submittedId,
      name: 'Prof. Tan Wei Ling',
      title: 'Professor',
      institution: 'National University of Singapore',
      email: 'tan@nus.example.org',
      locale: 'en',
      tokenHash: 'a'.repeat(64),
      status: 'submitted',
      letterText: 'CONFIDENTIAL LETTER TEXT',
      invitedAt: now,
      createdAt: now,
    },
  ]);
  await db.insert(documents).values({
    applicationId: submittedId,
    slot: 'passport_copy',
    fileName: 'passport.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1000,
    sha256: 'b'.repeat(64),
    storageKey: 'x/passport.pdf',
    pageCount: 1,
    createdAt: now,
  });
  const [draft] = await db
    .insert(applications)
    .values({
      applicantUserId: a.id,
      callId: 'cas-anso-2026-ucas',
      programId: 'cas-anso',
      track: 'phd',
      hostId: 'UCAS',
      status: 'draft',
      answers: {},
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  draftId = draft!.id;
  const b = await insertUser(db, {
    email: OTHER,
    displayName: 'Applicant B',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    locale: 'en',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await insertRole(db, {
    userId: b.id,
    role: 'applicant',
    programId: null,
    institutionId: null,
    createdAt: now,
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  await seedApplications();
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function as(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  await b.signIn(email, DEMO_PASSWORD);
  return b;
}

describe('GET /applications/:id/form.pdf', () => {
  it('the owner gets the PDF with a safe file name', async () => {
    const res = await (
      await as('applicant@demo.jiangxue.test')
    ).get(`/applications/${submittedId}/form.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="jiangxue-application-JX-2026-CSC-000123.pdf"',
    );
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(SKIP_PDF_TEXT)(
    'prints in the applicant’s language, whoever downloads it: 王芳, 博士研究生, the code; never a letter',
    async () => {
      for (const email of ['applicant@demo.jiangxue.test', 'admin@demo.jiangxue.test']) {
        const res = await (await as(email)).get(`/applications/${submittedId}/form.pdf`);
        expect(res.statusCode, email).toBe(200);
        const text = pdfToText(res.rawPayload);
        expect(text).toContain('王芳');
        expect(text).toContain('WANG');
        expect(text).toContain('博士研究生');
        expect(text).toContain(CODE);
        expect(text).toContain('照片 Photo');
        expect(text).toContain('由奖学系统根据提交的数据生成于');
        expect(text).toContain('Prof. Tan Wei Ling');
        expect(text).toContain('passport.pdf');
        expect(text).not.toContain('CONFIDENTIAL LETTER TEXT');
      }
    },
  );

  it('applicant B gets 404 for A’s PDF, exactly as for an application that does not exist', async () => {
    const b = await as(OTHER);
    const theirs = await b.get(`/applications/${submittedId}/form.pdf`);
    const none = await b.get('/applications/00000000-0000-4000-8000-000000000000/form.pdf');
    const malformed = await b.get('/applications/not-an-id/form.pdf');
    expect(theirs.statusCode).toBe(404);
    expect(none.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(theirs.headers['content-type']).toContain('text/html');
    expect(theirs.body).not.toContain('王芳');
  });

  it('staff see it only where their role reaches: the host’s admission officer yes, another program’s officer no', async () => {
    const url = `/applications/${submittedId}/form.pdf`;
    expect((await (await as('admissions@demo.jiangxue.test')).get(url)).statusCode).toBe(200);
    expect((await (await as('program@demo.jiangxue.test')).get(url)).statusCode).toBe(404);
    const anonymous = await new Browser(t.app).get(url);
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toContain('/sign-in');
  });

  it.skipIf(SKIP_PDF_TEXT)('a draft prints, marked DRAFT, with no verification code', async () => {
    const res = await (
      await as('applicant@demo.jiangxue.test')
    ).get(`/applications/${draftId}/form.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('jiangxue-application-draft.pdf');
    const text = pdfToText(res.rawPayload);
    expect(text).toContain('草稿');
    expect(text).toContain('此申请尚未提交');
  });
});

describe('GET /staff/verify', () => {
  it('an administrator types the code and sees whose application it is', async () => {
    const admin = await as('admin@demo.jiangxue.test');
    const form = await admin.get('/staff/verify');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="code"');
    const res = await admin.get(`/staff/verify?code=${CODE}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('WANG Fang');
    expect(res.body).toContain('王芳');
    expect(res.body).toContain('Chinese Government Scholarship');
    expect(res.body).toContain('Doctoral student');
    expect(res.body).toContain('Submitted');
    expect(res.body).toContain('31 Mar 2026, 23:59');
    expect(res.body).toContain(`/applications/${submittedId}/form.pdf`);
  });

  it('the code is matched whatever the case and spaces typed around it', async () => {
    const admissions = await as('admissions@demo.jiangxue.test');
    const res = await admissions.get(`/staff/verify?code=${encodeURIComponent(' k7qx-2m9d ')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('WANG Fang');
  });

  it('staff whose program or host does not reach the application are told "no such code"', async () => {
    const officer = await as('program@demo.jiangxue.test');
    const res = await officer.get(`/staff/verify?code=${CODE}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('No such code');
    expect(res.body).not.toContain('WANG');
    const unknown = await officer.get('/staff/verify?code=ZZZZ-0000');
    expect(unknown.body).toContain('No such code');
  });

  it('a malformed code is a field error, not a lookup', async () => {
    const admin = await as('admin@demo.jiangxue.test');
    const res = await admin.get(`/staff/verify?code=${encodeURIComponent("' or 1=1 --")}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('letters, digits and hyphens only');
  });

  it('applicants cannot look codes up, not even their own', async () => {
    for (const email of ['applicant@demo.jiangxue.test', OTHER]) {
      const res = await (await as(email)).get(`/staff/verify?code=${CODE}`);
      expect(res.statusCode, email).toBe(403);
      expect(res.body).not.toContain('WANG');
    }
  });
});
