import { updateApplication } from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { callWindow, isEditable } from '@/domain/applications/application-window';
import { checkAnswers, type TAnswerProblem } from '@/domain/applications/check-answers';
import { SECTION_IDS, type TSectionId } from '@/domain/applications/form-definition';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { getApplicationFor } from './get-application';
import { sectionPageOf, type TSectionPage } from './get-section-page';

/** The save's outcome, with the section as it now stands for a form shown again. */
export type TSaveResult =
  | { ok: true; problems: TAnswerProblem[]; page: TSectionPage }
  | { ok: false; reason: 'locked'; page: TSectionPage | null };

export function isSectionId(value: string): value is TSectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/**
 * Saves answers of one section exactly as typed — also what does not validate yet, so nothing
 * typed is ever lost — and returns the problems to show beside the fields. Only the form's own
 * fields are kept; the application must still be editable (R-GEN-EDIT).
 */
export async function saveAnswers(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; section: TSectionId; fields: Record<string, string> },
): Promise<TSaveResult> {
  const now = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx): Promise<TSaveResult> => {
    const app = await getApplicationFor(deps, actor, input.applicationId, 'application.update', {
      db: tx,
      forUpdate: true,
    });
    if (!isEditable(app, callWindow(await findCall(tx, app.callId), now)))
      return { ok: false, reason: 'locked', page: sectionPageOf(app, input.section, false) };
    const page = sectionPageOf(app, input.section, true);
    if (!page) throw new AppError('not_found', 'No such section');
    const { section } = page;
    const answers = app.answers;
    const before = { ...(answers[input.section] ?? {}) };
    const after = { ...before };
    for (const f of section.fields) {
      const value = input.fields[f.id];
      if (typeof value === 'string') after[f.id] = value.slice(0, (f.maxLength ?? 60_000) + 1000);
    }
    const changed = section.fields
      .filter((f) => (before[f.id] ?? '') !== (after[f.id] ?? ''))
      .map((f) => f.id);
    if (changed.length > 0) {
      await updateApplication(tx, app.id, {
        answers: { ...answers, [input.section]: after },
        version: app.version + 1,
        updatedAt: now,
      });
      await recordAudit(tx, now, actor, meta, {
        action: 'application.answers_saved',
        entityType: 'application',
        entityId: app.id,
        // Field names only: the answers themselves can be long personal texts.
        after: { section: input.section, fields: changed },
      });
    }
    return {
      ok: true,
      problems: checkAnswers([section], { [input.section]: after }, { isSubmission: false }),
      page: { ...page, answers: after },
    };
  });
}
