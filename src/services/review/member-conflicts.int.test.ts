import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertReferee } from '@/db/repositories/referee.repository';
import { calls } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { conflictsOfMember } from './member-conflicts';
import { addMember, addPanelApplication, createPanel, declareConflict } from './panel.fixture';

let database: TTestDatabase;
const now = new Date('2026-03-10T02:00:00Z');
const ids: Record<string, string> = {};
let panelId = '';
let callId = '';

async function application(name: string, email: string, answers: object) {
  const { userId } = await createApplicant(database.db, now, { email });
  const app = await createApplication(database.db, now, {
    userId,
    callId,
    programId: 'pifi',
    track: 'fellow',
    status: 'under_review',
    submittedAt: now,
    answers: answers as never,
  });
  ids[name] = app.id;
  await addPanelApplication(database.db, now, panelId, app.id);
  return app;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, now);
  const [pifi] = await database.db.select().from(calls).where(eq(calls.programId, 'pifi'));
  callId = pifi!.id;
  panelId = (await createPanel(database.db, now, { callId, track: 'fellow' })).id;
  const edu = (institution: string, to = '') => ({
    education: { edu_0_institution: institution, edu_0_to: to },
  });
  const refereed = await application('referee', 'r@uni-a.edu', edu('Uni A'));
  await insertReferee(database.db, {
    applicationId: refereed.id,
    name: 'Prof. Reviewer',
    title: 'Professor',
    institution: 'Peking University',
    email: 'Reviewer@PKU.edu.cn',
    locale: 'en',
    tokenHash: 'h1',
    invitedAt: now,
    createdAt: now,
  });
  await application(
    'institution',
    'i@gmail.com',
    edu('the University of Chinese Academy of Sciences'),
  );
  await application('domain', 'd@dept.ucas.ac.cn', edu('Somewhere Else'));
  await application('supervisor', 's@uni-b.edu', {
    ...edu('Uni B'),
    host: { supervisorEmail: 'prof@ucas.ac.cn' },
  });
  await application('declared', 'x@uni-c.edu', edu('Uni C'));
  await application('former', 'f@uni-d.edu', {
    education: {
      edu_0_institution: 'Uni D',
      edu_0_to: '',
      edu_1_institution: 'UCAS',
      edu_1_to: '2020-06-30',
    },
  });
  await application('public', 'p@gmail.com', edu('Uni E'));
});

afterAll(async () => {
  await database.drop();
});

describe('conflicts of a panel member (R-GEN-COI, R-REV-COI-INST)', () => {
  it('finds every path, and only those, for a UCAS reviewer whose account is at PKU', async () => {
    const { userId } = await createApplicant(database.db, now, { email: 'reviewer@pku.edu.cn' });
    const member = await addMember(database.db, now, panelId, {
      email: 'prof@ucas.ac.cn',
      institution: 'UCAS',
      userId,
    });
    await declareConflict(database.db, now, member.id, ids['declared']!);
    const conflicts = await conflictsOfMember(database.db, member);
    const byName = Object.fromEntries(
      Object.entries(ids).map(([name, id]) => [name, [...(conflicts.get(id) ?? [])].sort()]),
    );
    expect(byName).toEqual({
      // The referee's address matches the account's, not the invited one: both are read.
      referee: ['referee'],
      // "the University of Chinese Academy of Sciences" = UCAS, leading "the" dropped.
      institution: ['institution'],
      // d@dept.ucas.ac.cn ~ prof@ucas.ac.cn: subdomains folded.
      domain: ['email-domain', 'institution'],
      supervisor: ['supervisor'],
      declared: ['declared'],
      // A school left in 2020 is not a current institution.
      former: [],
      // gmail.com never makes a conflict by itself.
      public: [],
    });
  });

  it('reads only the applications asked for', async () => {
    const member = await addMember(database.db, now, panelId, {
      email: 'other@ucas.ac.cn',
      institution: 'UCAS',
    });
    const conflicts = await conflictsOfMember(database.db, member, [
      ids['public']!,
      ids['domain']!,
    ]);
    expect([...conflicts.keys()]).toEqual([ids['domain']]);
  });
});
