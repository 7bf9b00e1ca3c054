import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps } from '../context';
import { UPLOAD_EXPIRY_MS, uploadStoreFor } from './storage/upload-store';
import { uploadSweepFor, type TPendingUpload } from './storage/upload-sweep';

const ACTOR: TActor = { kind: 'system', job: 'uploads.sweep' };

export type TSweepReport = { removed: string[] };

/**
 * Removes every resumable upload started more than 24 hours ago (by the server's clock) and
 * never finished, with its bytes, on local disk or in S3: the applicant starts that file again
 * (upload-store: UPLOAD_EXPIRY_MS). A finished upload is left alone — its document is stored by
 * then, and the upload's own end removes it. Running twice, or on two servers at once, removes
 * nothing twice; one audit row names what a run removed.
 */
export async function removeAbandonedUploads(deps: TDeps): Promise<TSweepReport> {
  const now = deps.now();
  const sweep = uploadSweepFor(deps.env, uploadStoreFor(deps.env));
  const removed: TPendingUpload[] = [];
  try {
    for (const upload of await sweep.list()) {
      if (upload.isComplete || upload.startedAt === null) continue;
      if (now.getTime() - upload.startedAt.getTime() <= UPLOAD_EXPIRY_MS) continue;
      await sweep.remove(upload.id);
      removed.push(upload);
    }
  } finally {
    sweep.close();
  }
  if (removed.length)
    await recordAudit(
      deps.database.db,
      now,
      ACTOR,
      {},
      {
        action: 'uploads.swept',
        entityType: 'upload',
        entityId: 'abandoned',
        after: {
          removed: removed.map((u) => ({
            id: u.id,
            userId: u.userId,
            startedAt: u.startedAt?.toISOString() ?? null,
          })),
        },
      },
    );
  return { removed: removed.map((u) => u.id) };
}
