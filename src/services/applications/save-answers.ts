import { updateApplication } from '@/db/repositories/application.repository';
import { checkAnswers, type TAnswerProblem } from '@/domain/applications/check-answers';
import { formSections, SECTION_IDS, type TSectionId } from '@/domain/applications/form-definition';

import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { applicationWindow, isEditable } from './application-window';
import { getApplicationFor } from './get-application';

export type TSaveResult =
  { ok: true; problems: TAnswerProblem[] } | { ok: false; reason: 'locked' };

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
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const app = await getApplicationFor(deps, actor, input.applicationId, 'application.update', {
      db: tx,
      forUpdate: true,
    });
    if (!isEditable(app, await applicationWindow(tx, app, now)))
      return { ok: false, reason: 'locked' } as const;
    const section = formSections(app.programId, app.track).find((s) => s.id === input.section);
    if (!section) throw new AppError('not_found', 'No such section');
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
    } as const;
  });
}
