import { ZFinderInput } from '@/contracts/finder.schema';
import { findEligibility } from '@/domain/eligibility/find-eligibility';
import type { TFinderResult } from '@/domain/eligibility/types';

/**
 * `npx jiangxue finder`: one applicant profile in, one result per track of its level out.
 * A bad field throws a ZodError, which run-command turns into `{ error: { path, message } }`, exit 2.
 * @example finderCommand({ asOf: '2026-01-10', intakeYear: 2026, birthDate: '1996-01-01', … })
 */
export function finderCommand(input: unknown): TFinderResult {
  return findEligibility(ZFinderInput.parse(input));
}
