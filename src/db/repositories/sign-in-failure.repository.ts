import { and, eq, gte, lt, or, sql } from 'drizzle-orm';

import type { TDb } from '../client';
import { signInAlerts, signInFailures } from '../schema';

/** The failures that bear on one attempt: of its pair, its account and its source address. */
export type TSignInFailureStats = {
  pairFailures: number;
  pairLastAt: Date | null;
  accountFailures: number;
  /** Distinct login names that failed from the address. */
  sourceNames: number;
  sourceLastAt: Date | null;
};

// Note: advisory locks of the two-key form live apart from the one-key migration lock.
const SIGN_IN_LOCK_CLASS = 7271;

/**
 * Serialises the attempts on one login name and on one address until the transaction ends, on
 * every server, so concurrent guesses are judged one after the other (no burst gets through).
 * Always the name first, then the address: two attempts never wait for each other in a cycle.
 */
export async function lockSignInKeys(tx: TDb, email: string, sourceAddress: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${SIGN_IN_LOCK_CLASS}, hashtext(${`name:${email}`}))`,
  );
  await tx.execute(
    sql`select pg_advisory_xact_lock(${SIGN_IN_LOCK_CLASS}, hashtext(${`addr:${sourceAddress}`}))`,
  );
}

export async function signInFailureStats(
  db: TDb,
  key: { email: string; sourceAddress: string },
  since: { account: Date; source: Date },
): Promise<TSignInFailureStats> {
  const f = signInFailures;
  const isPair = sql`${f.email} = ${key.email} and ${f.sourceAddress} = ${key.sourceAddress} and ${f.at} >= ${since.account}`;
  const isAccount = sql`${f.email} = ${key.email} and ${f.at} >= ${since.account}`;
  const isSource = sql`${f.sourceAddress} = ${key.sourceAddress} and ${f.at} >= ${since.source}`;
  const [row] = await db
    .select({
      pairFailures: sql`count(*) filter (where ${isPair})`.mapWith(Number),
      pairLastAt: sql`max(${f.at}) filter (where ${isPair})`.mapWith(f.at),
      accountFailures: sql`count(*) filter (where ${isAccount})`.mapWith(Number),
      sourceNames: sql`count(distinct ${f.email}) filter (where ${isSource})`.mapWith(Number),
      sourceLastAt: sql`max(${f.at}) filter (where ${isSource})`.mapWith(f.at),
    })
    .from(f)
    .where(
      or(
        and(eq(f.email, key.email), gte(f.at, since.account)),
        and(eq(f.sourceAddress, key.sourceAddress), gte(f.at, since.source)),
      ),
    );
  return {
    pairFailures: row?.pairFailures ?? 0,
    pairLastAt: row?.pairLastAt ?? null,
    accountFailures: row?.accountFailures ?? 0,
    sourceNames: row?.sourceNames ?? 0,
    sourceLastAt: row?.sourceLastAt ?? null,
  };
}

export async function insertSignInFailure(
  db: TDb,
  values: { email: string; sourceAddress: string; at: Date },
): Promise<void> {
  await db.insert(signInFailures).values(values);
}

/** Forgets the failures of one pair (a right password from there). */
export async function clearPairFailures(db: TDb, email: string, sourceAddress: string) {
  await db
    .delete(signInFailures)
    .where(and(eq(signInFailures.email, email), eq(signInFailures.sourceAddress, sourceAddress)));
}

/** Forgets every failure of a login name (its owner proved control of the address). */
export async function clearAccountFailures(db: TDb, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}

/** Deletes the rows of this name and this address that no window looks at any more. */
export async function pruneSignInFailures(
  db: TDb,
  key: { email: string; sourceAddress: string },
  before: Date,
): Promise<void> {
  await db
    .delete(signInFailures)
    .where(
      and(
        or(
          eq(signInFailures.email, key.email),
          eq(signInFailures.sourceAddress, key.sourceAddress),
        ),
        lt(signInFailures.at, before),
      ),
    );
}

/**
 * Claims the right to email the owner about failures: true for the first claim since `since`,
 * false when another attempt (on any server) already sent one in that window.
 */
export async function claimSignInAlert(
  db: TDb,
  userId: string,
  at: Date,
  since: Date,
): Promise<boolean> {
  const rows = await db
    .insert(signInAlerts)
    .values({ userId, sentAt: at })
    .onConflictDoUpdate({
      target: signInAlerts.userId,
      set: { sentAt: at },
      setWhere: lt(signInAlerts.sentAt, since),
    })
    .returning({ userId: signInAlerts.userId });
  return rows.length === 1;
}
