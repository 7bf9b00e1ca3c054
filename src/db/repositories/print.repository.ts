import { and, asc, eq, inArray, isNull } from 'drizzle-orm';

import type { TDb } from '../client';
import {
  applicantProfiles,
  applications,
  calls,
  documents,
  institutions,
  referees,
  users,
} from '../schema';

// Reads for the printable application form and the staff verification lookup. Callers check
// access on the application first (getApplicationFor); every query here is keyed by that one
// application or its applicant, so nothing else can leak through them.

export type TApplicantForPrintRow = {
  email: string;
  locale: string;
  profile: typeof applicantProfiles.$inferSelect | null;
};

/** The applicant's account (email, language) and identity profile, if they have one yet. */
export async function findApplicantForPrint(
  db: TDb,
  userId: string,
): Promise<TApplicantForPrintRow | undefined> {
  const [row] = await db
    .select({ email: users.email, locale: users.locale, profile: applicantProfiles })
    .from(users)
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export type TCallForPrintRow = {
  id: string;
  intakeYear: number;
  host: { id: string; nameEn: string; nameZh: string } | null;
};

/**
 * The call and the host institution of an application: the application's own host when it
 * names one (R-ANSO-ONEHOST), else the call's.
 */
export async function findCallForPrint(
  db: TDb,
  callId: string,
  hostId: string | null,
): Promise<TCallForPrintRow | undefined> {
  const [call] = await db
    .select({ id: calls.id, intakeYear: calls.intakeYear, hostId: calls.hostId })
    .from(calls)
    .where(eq(calls.id, callId))
    .limit(1);
  if (!call) return undefined;
  const id = hostId ?? call.hostId;
  const [host] = id
    ? await db
        .select({ id: institutions.id, nameEn: institutions.nameEn, nameZh: institutions.nameZh })
        .from(institutions)
        .where(eq(institutions.id, id))
        .limit(1)
    : [];
  return { id: call.id, intakeYear: call.intakeYear, host: host ?? null };
}

/** The referees currently named (a replaced referee is left out); never their letters. */
export async function listRefereesForPrint(db: TDb, applicationId: string) {
  return db
    .select({ name: referees.name, title: referees.title, institution: referees.institution })
    .from(referees)
    .where(and(eq(referees.applicationId, applicationId), isNull(referees.replacedAt)))
    .orderBy(asc(referees.createdAt), asc(referees.id));
}

/** The applicant's uploaded documents still in place; referees' letters stay confidential. */
export async function listDocumentsForPrint(db: TDb, applicationId: string) {
  return db
    .select({
      slot: documents.slot,
      role: documents.role,
      fileName: documents.fileName,
      pageCount: documents.pageCount,
    })
    .from(documents)
    .where(
      and(
        eq(documents.applicationId, applicationId),
        isNull(documents.deletedAt),
        isNull(documents.refereeId),
      ),
    )
    .orderBy(asc(documents.createdAt), asc(documents.id));
}

/**
 * The application carrying a verification code. Codes are matched as typed and in upper and
 * lower case, each an exact match on the unique index.
 */
export async function findApplicationByVerificationCode(db: TDb, code: string) {
  const variants = [...new Set([code, code.toUpperCase(), code.toLowerCase()])];
  const [row] = await db
    .select()
    .from(applications)
    .where(inArray(applications.verificationCode, variants))
    .limit(1);
  return row;
}
