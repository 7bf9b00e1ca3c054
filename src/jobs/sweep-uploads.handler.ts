import type { TDeps } from '@/services/context';
import {
  removeAbandonedUploads,
  type TSweepReport,
} from '@/services/documents/remove-abandoned-uploads';

import type { TSweepUploadsPayload } from './sweep-uploads.job';

/**
 * One sweep of the resumable uploads left unfinished for more than a day, judged by the clock
 * in `deps` (tests move it). Idempotent: an upload removed once is not there to remove again.
 */
export async function sweepUploads(
  deps: TDeps,
  _payload: TSweepUploadsPayload = { version: 1 },
): Promise<TSweepReport> {
  return removeAbandonedUploads(deps);
}
