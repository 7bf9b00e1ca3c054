import { insertPendingSave, takePendingSave } from '@/db/repositories/pending-save.repository';
import type { TSectionId } from '@/domain/applications/form-definition';
import type { TActor } from '@/policies/actor';

import { hashToken, newToken } from '../accounts/secrets';
import type { TDeps, TRequestMeta } from '../context';
import { isSectionId, saveAnswers, type TSaveResult } from './save-answers';

const KEEP_HOURS = 24;

/**
 * Keeps a section save that arrived after its session expired, so the applicant loses nothing:
 * it waits a day under a random token and is applied once they sign in again: nothing typed is lost.
 * Returns null when the target does not exist (nothing is kept for it).
 */
export async function stashPendingSave(
  deps: TDeps,
  input: { applicationId: string; section: string; fields: Record<string, string> },
): Promise<string | null> {
  if (!isSectionId(input.section) || !/^[0-9a-f-]{36}$/i.test(input.applicationId)) return null;
  const { token, tokenHash } = newToken();
  const now = deps.now();
  try {
    await insertPendingSave(deps.database.db, {
      tokenHash,
      applicationId: input.applicationId,
      section: input.section,
      fields: input.fields,
      createdAt: now,
      expiresAt: new Date(now.getTime() + KEEP_HOURS * 3_600_000),
    });
  } catch {
    return null; // no such application: keep nothing
  }
  return token;
}

/**
 * Applies a kept save for the signed-in owner (the usual ownership and deadline checks of
 * saveAnswers apply). Someone else's token is consumed without effect.
 */
export async function applyPendingSave(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  token: string,
): Promise<{ applicationId: string; section: TSectionId; result: TSaveResult } | null> {
  const row = await deps.database.db.transaction((tx) =>
    takePendingSave(tx, hashToken(token), deps.now()),
  );
  if (!row || !isSectionId(row.section)) return null;
  const result = await saveAnswers(deps, actor, meta, {
    applicationId: row.applicationId,
    section: row.section,
    fields: row.fields,
  });
  return { applicationId: row.applicationId, section: row.section, result };
}
