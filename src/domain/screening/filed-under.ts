import type { TApplication } from '../applications/application';

/**
 * R-CSC-APPLY: the dispatching authority a CSC bilateral application is filed under — the
 * applicant's nationality (their identity profile, ISO alpha-2) and the agency number the
 * application quotes (answers.program.agencyNumber), both normalised. Null for another program
 * or when either is missing.
 * @example filedUnder({ programId: 'csc', answers: { program: { agencyNumber: ' 10610 ' } } }, 'vn') // { countryCode: 'VN', agencyNumber: '10610' }
 */
export function filedUnder(
  app: Pick<TApplication, 'programId' | 'answers'>,
  nationality: string | null | undefined,
): { countryCode: string; agencyNumber: string } | null {
  if (app.programId !== 'csc') return null;
  const agencyNumber = app.answers.program?.agencyNumber?.trim() ?? '';
  const countryCode = nationality?.trim().toUpperCase() ?? '';
  return agencyNumber && countryCode ? { countryCode, agencyNumber } : null;
}
