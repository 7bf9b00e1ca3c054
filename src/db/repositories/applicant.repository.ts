import { eq } from 'drizzle-orm';

import type { TDb } from '../client';
import { applicantProfiles, consents } from '../schema';

export type TApplicantProfileRow = typeof applicantProfiles.$inferSelect;

export async function findApplicantProfile(
  db: TDb,
  userId: string,
): Promise<TApplicantProfileRow | undefined> {
  const [row] = await db
    .select()
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, userId))
    .limit(1);
  return row;
}

export async function upsertApplicantProfile(tx: TDb, values: TApplicantProfileRow): Promise<void> {
  const { userId: _userId, createdAt: _createdAt, ...changes } = values;
  await tx
    .insert(applicantProfiles)
    .values(values)
    .onConflictDoUpdate({ target: applicantProfiles.userId, set: changes });
}

export async function insertConsent(
  tx: TDb,
  values: { userId: string; textVersion: string; locale: string; givenAt: Date },
): Promise<void> {
  await tx.insert(consents).values(values);
}

export async function latestConsent(db: TDb, userId: string) {
  const rows = await db.select().from(consents).where(eq(consents.userId, userId));
  return rows.sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime())[0];
}
