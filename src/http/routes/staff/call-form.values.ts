import type { TStoredCallSettings } from '@/contracts/call-settings.schema';
import type { TProgramId } from '@/domain/programs';

import {
  AGENCY_FIELDS,
  BGS_AMOUNT_ITEMS,
  BGS_BANDS,
  PIFI_STAGES,
  quotaKeys,
} from './call-form.schema';

function fenToYuanText(fen: number | undefined): string {
  if (fen === undefined) return '';
  const cents = fen % 100;
  return cents === 0
    ? String(Math.trunc(fen / 100))
    : `${Math.trunc(fen / 100)}.${String(cents).padStart(2, '0')}`;
}

const AMOUNT_KEY = {
  living: 'livingMonthlyFen',
  accommodation: 'accommodationMonthlyFen',
  insurance: 'insuranceAnnualFen',
} as const;

/** A call as the flat strings its form shows (the inverse of parseCallForm). */
export function callFormValues(call: {
  programId: TProgramId;
  opensOn: string | null;
  closesOn: string | null;
  isPublished: boolean;
  settings: TStoredCallSettings;
}): Record<string, string> {
  const s = call.settings;
  const values: Record<string, string> = {
    opensOn: call.opensOn ?? '',
    closesOn: call.closesOn ?? '',
    isPublished: call.isPublished ? 'on' : '',
    isAbsenceRuleOn: s.isAbsenceRuleOn ? 'on' : '',
    ageOn: s.ageOn ?? '',
    vacations: s.vacations.map((r) => `${r.from} to ${r.to}`).join('\n'),
    publicHolidays: s.publicHolidays.join('\n'),
  };
  for (const k of quotaKeys(call.programId)) values[`quota_${k}`] = s.quotas[k]?.toString() ?? '';
  for (const [track, day] of Object.entries(s.bornOnOrAfter))
    values[`bornOnOrAfter_${track}`] = day;
  for (const b of BGS_BANDS) {
    for (const i of BGS_AMOUNT_ITEMS)
      values[`bgs_${b}_${i}`] = fenToYuanText(s.amounts.bgs?.[b]?.[AMOUNT_KEY[i]]);
  }
  for (const st of PIFI_STAGES) values[`pifi_${st}`] = fenToYuanText(s.amounts.pifi?.[st]);
  s.agencies.forEach((a, r) => {
    for (const f of AGENCY_FIELDS) values[`agency_${r}_${f}`] = a[f];
  });
  return values;
}

/**
 * Submitted form fields as strings (unknown shapes become empty). Line breaks are made `\n`:
 * browsers send a textarea's lines with CRLF, which would otherwise read as a change of every
 * multi-line field (vacations, holidays) on the check page.
 */
export function submittedValues(body: unknown, fields: readonly string[]): Record<string, string> {
  const b = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((f) => [
      f,
      typeof b[f] === 'string' ? (b[f] as string).replace(/\r\n?/g, '\n') : '',
    ]),
  );
}
