import { and, eq, isNull } from 'drizzle-orm';

import type { TDb } from '../client';
import { emailTokens, roleAssignments, sessions, users } from '../schema';

export type TSessionRow = typeof sessions.$inferSelect;
export type TEmailTokenRow = typeof emailTokens.$inferSelect;

export async function insertSession(db: TDb, values: TSessionRow): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function touchSession(db: TDb, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: TDb, tokenHash: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning();
  return rows.length;
}

export async function deleteSessionsOfUser(db: TDb, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning();
  return rows.length;
}

export async function insertEmailToken(
  db: TDb,
  values: Omit<TEmailTokenRow, 'usedAt'>,
): Promise<void> {
  await db.insert(emailTokens).values(values);
}

/** Finds an unused token of that purpose; the caller checks expiry against its clock. */
export async function findUnusedEmailToken(
  db: TDb,
  tokenHash: string,
  purpose: string,
): Promise<TEmailTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
      ),
    )
    .limit(1);
  return row;
}

/** Marks a token used; returns false when another request used it first. */
export async function useEmailToken(db: TDb, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(emailTokens)
    .set({ usedAt: at })
    .where(and(eq(emailTokens.tokenHash, tokenHash), isNull(emailTokens.usedAt)))
    .returning();
  return rows.length === 1;
}

/** A session with its user's row and roles, in one round trip (every signed-in request needs them). */
export async function findSessionWithUser(db: TDb, tokenHash: string) {
  const rows = await db
    .select({ session: sessions, user: users, role: roleAssignments })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(roleAssignments, eq(roleAssignments.userId, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  const first = rows[0];
  if (!first) return undefined;
  return {
    session: first.session,
    user: first.user,
    roles: rows.map((r) => r.role).filter((r): r is NonNullable<typeof r> => r !== null),
  };
}
