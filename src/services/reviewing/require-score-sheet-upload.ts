import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { requireQueue } from './reviewer-access';

/** The upload page of a score sheet: for a live member who has declared (404 otherwise). */
export async function requireScoreSheetUpload(
  deps: TDeps,
  actor: TActor,
  panelId: string,
): Promise<{ kind: 'declare_first' | 'page'; panelId: string }> {
  const found = await requireQueue(deps, actor, panelId);
  return 'kind' in found ? found : { kind: 'page', panelId };
}
