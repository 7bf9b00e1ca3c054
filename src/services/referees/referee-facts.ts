import type { TEnv } from '@/config/env';
import type { TApplicantContactRow, TRefereeRow } from '@/db/repositories/referee.repository';
import { deadlineClosesAt } from '@/domain/dates';
import { findTrack, getProgram, isProgramId } from '@/domain/programs';
import { formatBeijingDeadline } from '@/i18n/format';
import { isLocale, type TLocale } from '@/i18n/locales';

/** The templates whose delivery decides "bounced" (the invitation, first or resent). */
export const INVITATION_TEMPLATES = ['referee_invitation'] as const;

/** The referee's personal link: the only place the token ever appears. */
export function refereeLink(env: TEnv, token: string): string {
  return `${env.PUBLIC_URL}/r/${token}`;
}

/** Where the applicant follows their referees. */
export function refereesPageLink(env: TEnv, applicationId: string): string {
  return `${env.PUBLIC_URL}/applications/${applicationId}/referees`;
}

export function localeOf(value: string): TLocale {
  return isLocale(value) ? value : 'en';
}

/** The applicant's name as the passport gives it when the profile exists, else the account's. */
export function applicantName(row: TApplicantContactRow): string {
  if (row.givenNames && row.familyName) return `${row.givenNames} ${row.familyName}`;
  return row.applicantDisplayName;
}

/** "Chinese Government Scholarship — Bilateral Program, Doctoral student" in a language. */
export function programTrackName(programId: string, trackId: string, locale: TLocale): string {
  if (!isProgramId(programId)) return programId;
  const id = programId;
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const program = getProgram(id).name[lang];
  const track = findTrack(id, trackId)?.name[lang];
  if (!track) return program;
  return locale === 'zh-CN' ? `${program}（${track}）` : `${program}, ${track}`;
}

/** The deadline as people read it (24:00 Beijing time on the day), or null without one. */
export function deadlineText(closesOn: string | null, locale: TLocale): string | null {
  return closesOn ? formatBeijingDeadline(new Date(deadlineClosesAt(closesOn)), locale) : null;
}

/**
 * What the audit log keeps of a referee: who and where, the status and times. Never the token's
 * hash nor the letter (R-GEN-REFEREE: the letter is for reviewers only).
 */
export function auditSnapshot(r: TRefereeRow) {
  return {
    name: r.name,
    title: r.title,
    institution: r.institution,
    email: r.email,
    locale: r.locale,
    status: r.status,
    invitedAt: r.invitedAt.toISOString(),
    replacedAt: r.replacedAt?.toISOString() ?? null,
  };
}
