import { eq, inArray } from 'drizzle-orm';

import type { TDb } from '../client';
import { roleAssignments, users } from '../schema';

export type TUserRow = typeof users.$inferSelect;
export type TRoleRow = typeof roleAssignments.$inferSelect;

export async function findUserByEmail(db: TDb, email: string): Promise<TUserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function findUserById(db: TDb, id: string): Promise<TUserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function insertUser(db: TDb, values: typeof users.$inferInsert): Promise<TUserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insertUser returned no row');
  return row;
}

export async function updateUser(
  db: TDb,
  id: string,
  values: Partial<
    Pick<TUserRow, 'locale' | 'passwordHash' | 'emailVerifiedAt' | 'displayName' | 'updatedAt'>
  >,
): Promise<TUserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  if (!row) throw new Error(`updateUser: no user ${id}`);
  return row;
}

export async function listRoles(db: TDb, userId: string): Promise<TRoleRow[]> {
  return db.select().from(roleAssignments).where(eq(roleAssignments.userId, userId));
}

export async function insertRole(
  db: TDb,
  values: typeof roleAssignments.$inferInsert,
): Promise<void> {
  await db.insert(roleAssignments).values(values).onConflictDoNothing();
}

/** Emails of several users at once (the audit log names who acted). */
export async function findUserEmails(
  db: TDb,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.email]));
}
