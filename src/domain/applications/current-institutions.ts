import type { TAnswers } from './form-definition';

const EDUCATION_ROWS = 3;

/**
 * The applicant's current institutions as the conflict rules read them (R-GEN-COI): every
 * school or university on the form whose period has no end or ends on or after the day it is
 * judged; when none is current, the most recent one (the form lists the most recent first),
 * because a conflict missed is worse than a reviewer spared.
 * @example currentInstitutions({ education: { edu_0_institution: 'UCAS' } }, '2026-03-01') // ['UCAS']
 */
export function currentInstitutions(answers: TAnswers, onDay: string): string[] {
  const edu = answers.education ?? {};
  const rows = Array.from({ length: EDUCATION_ROWS }, (_, i) => ({
    name: (edu[`edu_${i}_institution`] ?? '').trim(),
    to: (edu[`edu_${i}_to`] ?? '').trim(),
  })).filter((r) => r.name !== '');
  const current = rows.filter((r) => r.to === '' || r.to >= onDay).map((r) => r.name);
  if (current.length > 0) return current;
  return rows.length > 0 ? [rows[0]!.name] : [];
}
