// The reviewer's workspace made directly in the test database: reviewers with accounts,
// applicants with profiles on a panel, and review_assignments inserted as the officers'
// assignment would make them (that part is another area's work).
import { Readable } from 'node:stream';

import { eq } from 'drizzle-orm';

import type { TDb } from '@/db/client';
import { insertReferee } from '@/db/repositories/referee.repository';
import { insertRole, insertUser } from '@/db/repositories/user.repository';
import { applicantProfiles, calls, documents, reviewAssignments } from '@/db/schema';
import type { TEnv } from '@/config/env';
import type { TRole } from '@/policies/actor';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';

import { storageFor } from '../documents/storage/create-storage';
import { addMember, addPanelApplication, createPanel } from '../review/panel.fixture';

export type TReviewWorld = {
  panelId: string;
  otherPanelId: string;
  callId: string;
  /** Application ids by name: clear1..3 and one per conflict path. */
  apps: Record<string, string>;
  names: Record<string, string>;
  reviewer: { email: string; memberId: string; userId: string };
  second: { email: string; memberId: string; userId: string };
  chair: { email: string; memberId: string; userId: string };
  outsider: { email: string; memberId: string; userId: string };
  /** A PDF document of clear1, stored. */
  documentId: string;
  /** A PDF document of each conflicted application (its URL must answer 404). */
  conflictedDocumentIds: Record<string, string>;
};

export const CONFLICT_PATHS = [
  'referee',
  'institution',
  'domain',
  'supervisor',
  'declared',
] as const;

/** A reviewer account (a role grant of PIFI) that signs in with `passwordHash`'s password. */
export async function createReviewerAccount(
  db: TDb,
  now: Date,
  who: { email: string; passwordHash: string; locale?: string; role?: TRole },
): Promise<string> {
  const user = await insertUser(db, {
    email: who.email,
    displayName: who.email.split('@')[0]!,
    passwordHash: who.passwordHash,
    locale: who.locale ?? 'en',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await insertRole(db, {
    userId: user.id,
    role: who.role ?? 'reviewer',
    programId: 'pifi',
    institutionId: null,
    createdAt: now,
  });
  return user.id;
}

export async function assignReview(
  db: TDb,
  now: Date,
  panelId: string,
  applicationId: string,
  memberId: string,
): Promise<string> {
  const [row] = await db
    .insert(reviewAssignments)
    .values({ panelId, applicationId, memberId, source: 'manual', createdAt: now })
    .returning({ id: reviewAssignments.id });
  return row!.id;
}

/** A submitted PIFI application with a profile, on the panel. */
export async function addApplicant(
  db: TDb,
  now: Date,
  v: { panelId: string; callId: string; email: string; familyName: string; answers: object },
): Promise<string> {
  const { userId } = await createApplicant(db, now, { email: v.email });
  await db.insert(applicantProfiles).values({
    userId,
    familyName: v.familyName,
    givenNames: 'Test',
    nationality: 'DE',
    passportNumber: `P${v.familyName}`,
    passportCountry: 'DE',
    birthOn: '1990-01-01',
    gender: 'female',
    identityKey: `P${v.familyName}|DE|1990-01-01`,
    createdAt: now,
    updatedAt: now,
  });
  const app = await createApplication(db, now, {
    userId,
    callId: v.callId,
    programId: 'pifi',
    track: 'fellow',
    status: 'under_review',
    submittedAt: now,
    receiptNumber: `JX-REV-${v.familyName}`,
    answers: v.answers as never,
  });
  await addPanelApplication(db, now, v.panelId, app.id);
  return app.id;
}

/** Stores a document of an application in the test storage. */
export async function addDocument(
  db: TDb,
  env: TEnv,
  now: Date,
  applicationId: string,
  file: { name: string; contentType: string; bytes: Buffer },
): Promise<string> {
  const key = `documents/${applicationId}/${Math.random().toString(16).slice(2)}`;
  await storageFor(env).put(key, Readable.from(file.bytes), {
    sizeBytes: file.bytes.length,
    contentType: file.contentType,
  });
  const [row] = await db
    .insert(documents)
    .values({
      applicationId,
      slot: 'cv',
      fileName: file.name,
      contentType: file.contentType,
      sizeBytes: file.bytes.length,
      sha256: '0'.repeat(64),
      storageKey: key,
      createdAt: now,
    } as typeof documents.$inferInsert)
    .returning({ id: documents.id });
  return row!.id;
}

const edu = (institution: string) => ({
  education: { edu_0_institution: institution, edu_0_to: '' },
});

/**
 * A PIFI panel due in 10 days with three clear applications and one per conflict path of the
 * main reviewer (prof@ucas.ac.cn, UCAS; account reviewer@pku.edu.cn), EVERY one assigned to
 * them — as if assigned before the conflict came to light — so hiding is proved to come from
 * the conflict rules, not from assignment alone. A second reviewer has clear1..3; a chair;
 * an outsider is a reviewer of another panel.
 */
export async function buildReviewWorld(
  db: TDb,
  env: TEnv,
  now: Date,
  opts: { passwordHash: string; pdf: Buffer },
): Promise<TReviewWorld> {
  const [pifi] = await db.select().from(calls).where(eq(calls.programId, 'pifi'));
  const callId = pifi!.id;
  const due = new Date(now.getTime() + 10 * 86_400_000);
  const panelId = (
    await createPanel(db, now, {
      callId,
      track: 'fellow',
      name: 'PIFI fellows A',
      reviewsDueAt: due,
    })
  ).id;
  const otherPanelId = (
    await createPanel(db, now, { callId, track: 'fellow', name: 'PIFI fellows B' })
  ).id;
  const apps: Record<string, string> = {};
  const names: Record<string, string> = {};
  const add = async (name: string, email: string, answers: object) => {
    names[name] = `Zz${name[0]!.toUpperCase()}${name.slice(1)}`;
    apps[name] = await addApplicant(db, now, {
      panelId,
      callId,
      email,
      familyName: names[name]!,
      answers,
    });
  };
  await add('clear1', 'c1@uni-a.edu', edu('Uni A'));
  await add('clear2', 'c2@uni-b.edu', edu('Uni B'));
  await add('clear3', 'c3@gmail.com', edu('Uni C'));
  await add('referee', 'r@uni-d.edu', edu('Uni D'));
  await insertReferee(db, {
    applicationId: apps['referee']!,
    name: 'Prof. Reviewer',
    title: 'Professor',
    institution: 'Peking University',
    email: 'Reviewer@PKU.edu.cn',
    locale: 'en',
    tokenHash: `h-${apps['referee']}`,
    invitedAt: now,
    createdAt: now,
  });
  await add('institution', 'i@gmail.com', edu('the University of Chinese Academy of Sciences'));
  await add('domain', 'd@dept.ucas.ac.cn', edu('Somewhere Else'));
  await add('supervisor', 's@uni-e.edu', {
    ...edu('Uni E'),
    host: { supervisorEmail: 'prof@ucas.ac.cn' },
  });
  await add('declared', 'x@uni-f.edu', edu('Uni F'));

  const member = async (
    panel: string,
    email: string,
    accountEmail: string,
    role: 'reviewer' | 'chair',
    institution: string,
  ) => {
    const userId = await createReviewerAccount(db, now, {
      email: accountEmail,
      passwordHash: opts.passwordHash,
      role: role === 'chair' ? 'panel_chair' : 'reviewer',
    });
    const m = await addMember(db, now, panel, { email, institution, userId, role });
    return { email: accountEmail, memberId: m.id, userId };
  };
  const reviewer = await member(
    panelId,
    'prof@ucas.ac.cn',
    'reviewer@pku.edu.cn',
    'reviewer',
    'UCAS',
  );
  const second = await member(
    panelId,
    'second@tsinghua.edu.cn',
    'second@tsinghua.edu.cn',
    'reviewer',
    'Tsinghua University',
  );
  const chair = await member(panelId, 'chair@ucas.ac.cn', 'chair@ucas.ac.cn', 'chair', 'UCAS');
  const outsider = await member(
    otherPanelId,
    'out@fudan.edu.cn',
    'out@fudan.edu.cn',
    'reviewer',
    'Fudan University',
  );
  for (const id of Object.values(apps)) await assignReview(db, now, panelId, id, reviewer.memberId);
  for (const n of ['clear1', 'clear2', 'clear3'])
    await assignReview(db, now, panelId, apps[n]!, second.memberId);
  const documentId = await addDocument(db, env, now, apps['clear1']!, {
    name: 'cv.pdf',
    contentType: 'application/pdf',
    bytes: opts.pdf,
  });
  const conflictedDocumentIds: Record<string, string> = {};
  for (const path of CONFLICT_PATHS)
    conflictedDocumentIds[path] = await addDocument(db, env, now, apps[path]!, {
      name: 'cv.pdf',
      contentType: 'application/pdf',
      bytes: opts.pdf,
    });
  return {
    panelId,
    otherPanelId,
    callId,
    apps,
    names,
    reviewer,
    second,
    chair,
    outsider,
    documentId,
    conflictedDocumentIds,
  };
}
