import { ZSelectInput } from '@/contracts/select.schema';
import { defaultCallSettings, withCallOverrides } from '@/domain/programs/call-settings';
import { selectCandidates } from '@/domain/selection/select';
import type { TSelection } from '@/domain/selection/types';

/**
 * `npx jiangxue select`: a ranked pool and the call's quotas in; selected, waitlist and rejected
 * out. The input's quotas override the program's defaults (R-ANSO-QUOTA for CAS-ANSO).
 * A bad field throws a ZodError, which run-command turns into `{ error: { path, message } }`, exit 2.
 * @example selectCommand({ program: 'cas-anso', quotas: { phd: 300 }, candidates: [ … ] })
 */
export function selectCommand(input: unknown): TSelection {
  const { program, quotas, candidates } = ZSelectInput.parse(input);
  const settings = withCallOverrides(defaultCallSettings(program, { intakeYear: null }), {
    quotas,
  });
  return selectCandidates(candidates, settings);
}
