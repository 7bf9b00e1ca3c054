import { updateApplication } from '@/db/repositories/application.repository';
import { isEditable } from '@/domain/applications/application-window';
import { checkAnswers, type TAnswerProblem } from '@/domain/applications/check-answers';
import { SECTION_IDS, type TSectionId } from '@/domain/applications/form-definition';
import { hasForbiddenCharacter } from '@/domain/text/control-characters';
import type { TActor } from '@/policies/actor';

import { editWindowOf } from './edit-window';
import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { getApplicationFor } from './get-application';
import { sectionPageOf, type TSectionPage } from './get-section-page';

/** The save's outcome, with the section as it now stands for a form shown again. */
export type TSaveResult =
  | { ok: true; isSaved: boolean; problems: TAnswerProblem[]; page: TSectionPage }
  | { ok: false; reason: 'locked'; page: TSectionPage | null };

/** At most `length` UTF-16 units, never half an emoji: jsonb refuses a lone surrogate. */
function cut(value: string, length: number): string {
  const code = value.charCodeAt(length - 1);
  const end = value.length > length && code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return value.slice(0, end);
}

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
    if (!isEditable(app, await editWindowOf(tx, app, now)))
      return { ok: false, reason: 'locked', page: sectionPageOf(app, input.section, false) };
    const page = sectionPageOf(app, input.section, true);
    if (!page) throw new AppError('not_found', 'No such section');
    const { section } = page;
    const answers = app.answers;
    const before = { ...(answers[input.section] ?? {}) };
    const after = { ...before };
    // Note: what PostgreSQL cannot store (a NUL) is never written, whoever calls; the saved
    // answer stays and the field's problem says why.
    const refused: Record<string, string> = {};
    for (const f of section.fields) {
      const value = input.fields[f.id];
      if (typeof value !== 'string') continue;
      if (hasForbiddenCharacter(value, 'multiline')) refused[f.id] = value;
      else after[f.id] = cut(value, (f.maxLength ?? 60_000) + 1000);
    }
    // Note: a form with a refused value is not saved at all (the page shows what was typed,
    // with the problem beside each refused field): half a form saved would surprise.
    if (Object.keys(refused).length > 0) {
      const typed = { ...after, ...refused };
      return {
        ok: true,
        isSaved: false,
        problems: checkAnswers([section], { [input.section]: typed }, { isSubmission: false }),
        page: { ...page, answers: typed },
      };
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
      isSaved: true,
      problems: checkAnswers([section], { [input.section]: after }, { isSubmission: false }),
      page: { ...page, answers: after },
    };
  });
}
