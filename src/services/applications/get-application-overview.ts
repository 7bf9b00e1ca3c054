import { findCall } from '@/db/repositories/call.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { findOpenReturn } from '@/db/repositories/screening.repository';
import { countActiveReferees } from '@/db/repositories/submission.repository';
import type { TApplication } from '@/domain/applications/application';
import { isEditable } from '@/domain/applications/application-window';
import { checkAnswers } from '@/domain/applications/check-answers';
import { formSections, type TSectionId } from '@/domain/applications/form-definition';
import { beijingDateOf, type TPlainDate } from '@/domain/dates';
import { lettersNeeded } from '@/domain/referees/referee-rules';
import type { TActor } from '@/policies/actor';

import { editWindowOf } from './edit-window';
import type { TDeps } from '../context';
import { listMissingDocumentSlots } from '../documents/missing-documents';
import { getApplicationFor } from './get-application';

export type TTaskState = 'done' | 'todo' | 'not_started';

/** One part of the application as a task: a form section, the documents or the referees. */
export type TTask = { part: TSectionId | 'documents' | 'referees'; state: TTaskState };

export type TApplicationOverview = {
  application: TApplication;
  closesOn: TPlainDate | null;
  isEditable: boolean;
  /** R-GEN-EDIT: a submitted application may be withdrawn to edit until its deadline. */
  canWithdraw: boolean;
  tasks: TTask[];
  /** R-GEN-EDIT: the correction an officer asked for and its new deadline, while it stands. */
  correction: { text: string; dueAt: Date } | null;
};

/**
 * The application as a task list: each form section, the documents and the referees with how
 * far each is, judged at the one instant `at` (R-GEN-TIME).
 * @example const overview = await getApplicationOverview(deps, actor, { applicationId, at });
 */
export async function getApplicationOverview(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string; at: Date },
): Promise<TApplicationOverview> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'application.read');
  const { db } = deps.database;
  const call = await findCall(db, app.callId);
  const window = await editWindowOf(db, app, input.at);
  const tasks: TTask[] = formSections(app.programId, app.track).map((s) => {
    const isTyped = Object.values(app.answers[s.id] ?? {}).some((v) => v.trim() !== '');
    const problems = checkAnswers([s], app.answers, { isSubmission: true });
    return { part: s.id, state: !isTyped ? 'not_started' : problems.length ? 'todo' : 'done' };
  });
  const missingDocs = await listMissingDocumentSlots(db, app, {
    submittedOn: beijingDateOf(input.at),
  });
  const uploaded = await listApplicationDocuments(db, app.id);
  tasks.push({
    part: 'documents',
    state: missingDocs.length === 0 ? 'done' : uploaded.length ? 'todo' : 'not_started',
  });
  const named = await countActiveReferees(db, app.id);
  const needed = lettersNeeded(app.programId, app.track);
  tasks.push({
    part: 'referees',
    state: named >= needed ? 'done' : named > 0 ? 'todo' : 'not_started',
  });
  const open = app.status === 'returned' ? await findOpenReturn(db, app.id) : undefined;
  return {
    correction: open ? { text: open.correction, dueAt: open.dueAt } : null,
    application: app,
    closesOn: call?.closesOn ?? null,
    isEditable: isEditable(app, window),
    canWithdraw: app.status === 'submitted' && !window.isPastDeadline,
    tasks,
  };
}
