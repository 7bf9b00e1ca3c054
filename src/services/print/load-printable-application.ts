import {
  findApplicantForPrint,
  findCallForPrint,
  listDocumentsForPrint,
  listRefereesForPrint,
} from '@/db/repositories/print.repository';
import type { TApplication } from '@/domain/applications/application';
import { SECTION_IDS, type TAnswers } from '@/domain/applications/form-definition';
import { isProgramId } from '@/domain/programs';
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { getApplicationFor } from '../applications/get-application';
import type { TDeps } from '../context';
import { isSubmittedForPrint, type TPrintableApplication } from './printable-application';

/** Answers as stored (jsonb): only string values of known sections are kept. */
function readAnswers(raw: unknown): TAnswers {
  const answers: TAnswers = {};
  if (!raw || typeof raw !== 'object') return answers;
  for (const section of SECTION_IDS) {
    const fields = (raw as Record<string, unknown>)[section];
    if (!fields || typeof fields !== 'object') continue;
    answers[section] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  }
  return answers;
}

/**
 * Gathers what the printed form shows. Owner or staff of the application only: anyone else
 * gets the same 404 as for an application that does not exist.
 * @example const printable = await loadPrintableApplication(deps, actor, applicationId);
 */
export async function loadPrintableApplication(
  deps: TDeps,
  actor: TActor,
  applicationId: string,
): Promise<TPrintableApplication> {
  const app = await getApplicationFor(deps, actor, applicationId, 'application.read');
  return printableOf(deps, app);
}

/**
 * What the printed form shows of an application the caller has already been allowed to see
 * (the review services, by panel membership and conflicts: services/reviewing/reviewer-access.ts).
 */
export async function printableOf(deps: TDeps, app: TApplication): Promise<TPrintableApplication> {
  const db = deps.database.db;
  const [applicant, call, referees, documents] = await Promise.all([
    findApplicantForPrint(db, app.applicantUserId),
    findCallForPrint(db, app.callId, app.hostId),
    listRefereesForPrint(db, app.id),
    listDocumentsForPrint(db, app.id),
  ]);
  if (!applicant || !call || !isProgramId(app.programId))
    throw new Error(`application ${app.id} has no applicant, call or known program`);
  const profile = applicant.profile;
  return {
    applicationId: app.id,
    programId: app.programId,
    track: app.track,
    status: app.status,
    isSubmitted: isSubmittedForPrint(app),
    call: { id: call.id, intakeYear: call.intakeYear },
    host: call.host
      ? { id: call.host.id, name: { en: call.host.nameEn, zh: call.host.nameZh } }
      : null,
    receiptNumber: app.receiptNumber,
    verificationCode: app.verificationCode,
    submittedAt: app.submittedAt,
    applicant: {
      email: applicant.email,
      locale: isLocale(applicant.locale) ? applicant.locale : DEFAULT_LOCALE,
      profile: profile
        ? {
            familyName: profile.familyName,
            givenNames: profile.givenNames,
            nameZh: profile.nameZh,
            nationality: profile.nationality,
            passportNumber: profile.passportNumber,
            passportCountry: profile.passportCountry,
            birthOn: profile.birthOn,
            gender: profile.gender,
          }
        : null,
    },
    answers: readAnswers(app.answers),
    referees,
    documents,
    verifyUrl: new URL('/staff/verify', deps.env.PUBLIC_URL).toString(),
    generatedAt: deps.now(),
  };
}
