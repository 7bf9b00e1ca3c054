import type { TPanelCriterion } from '@/db/schema';

/**
 * The score sheet's columns: A the application id, B the applicant, then one column per
 * criterion — its header names the criterion id in brackets, which is what an upload reads —
 * and the comment last.
 */
export const SHEET = { idColumn: 1, nameColumn: 2, firstCriterionColumn: 3 } as const;

export const criterionHeader = (c: TPanelCriterion, label: string) =>
  `${label} [${c.id}] (${c.min}–${c.max})`;

/** The spreadsheet letter of a 1-based column. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
