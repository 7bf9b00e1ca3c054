// Panels made directly in the test database for tests of the review stage: a panel of a call,
// its members and its applications, without the officer's pages.
import { createHash, randomBytes } from 'node:crypto';

import type { TDb } from '@/db/client';
import {
  conflictDeclarations,
  panelApplications,
  panelMembers,
  panels,
  type TPanelCriterion,
} from '@/db/schema';
import { PIFI_RUBRIC } from '@/domain/review/rubrics';

export type TPanelRow = typeof panels.$inferSelect;
export type TMemberRow = typeof panelMembers.$inferSelect;

/**
 * A panel of a call's track, with PIFI's rubric unless another is given.
 * @example const panel = await createPanel(db, now, { callId: pifiCall.id, track: 'fellow' });
 */
export async function createPanel(
  db: TDb,
  now: Date,
  values: { callId: string; track: string } & Partial<typeof panels.$inferInsert>,
): Promise<TPanelRow> {
  const rubric: TPanelCriterion[] = PIFI_RUBRIC.map((c) => ({
    id: c.id,
    min: c.min,
    max: c.max,
    weight: c.weight,
    label: c.label,
  }));
  const [row] = await db
    .insert(panels)
    .values({ name: 'Panel', rubric, createdAt: now, updatedAt: now, ...values })
    .returning();
  return row!;
}

/**
 * A member of a panel (a reviewer unless `role` says chair), accepted when `userId` is given.
 * Returns the row and the invitation token (only its hash is stored).
 */
export async function addMember(
  db: TDb,
  now: Date,
  panelId: string,
  values: { email: string; institution: string } & Partial<typeof panelMembers.$inferInsert>,
): Promise<TMemberRow & { token: string }> {
  const token = randomBytes(24).toString('base64url');
  const [row] = await db
    .insert(panelMembers)
    .values({
      panelId,
      displayName: values.email.split('@')[0]!,
      invitationTokenHash: createHash('sha256').update(token).digest('hex'),
      invitedAt: now,
      createdAt: now,
      ...(values.userId ? { acceptedAt: now } : {}),
      ...values,
    })
    .returning();
  return { ...row!, token };
}

/** Puts an application on a panel (as screening passing it would). */
export async function addPanelApplication(
  db: TDb,
  now: Date,
  panelId: string,
  applicationId: string,
  values: Partial<typeof panelApplications.$inferInsert> = {},
): Promise<void> {
  await db.insert(panelApplications).values({ panelId, applicationId, addedAt: now, ...values });
}

export async function declareConflict(
  db: TDb,
  now: Date,
  memberId: string,
  applicationId: string,
): Promise<void> {
  await db.insert(conflictDeclarations).values({ memberId, applicationId, declaredAt: now });
}
