// `npx jiangxue allowances`: an award and its events in, its monthly allowances out (R-GEN-HALF-MONTH).
// A ZodError thrown by parse becomes the contract error (exit 2) in run-command.ts.
import { ZAllowancesInput } from '@/contracts/allowances.schema';
import { computeAllowances } from '@/domain/allowances';
import type { TAllowanceSchedule } from '@/domain/allowances';

/**
 * Parses the `allowances` contract input and returns the schedule document.
 * @example allowancesCommand({ program: 'csc', level: 'doctoral', registrationDate: '2026-09-16', months: { from: '2026-09', to: '2026-09' } }).totalFen // 175000
 */
export function allowancesCommand(input: unknown): TAllowanceSchedule {
  const { months, rates, settings, ...award } = ZAllowancesInput.parse(input);
  return computeAllowances(award, months, { ...settings, rates });
}
