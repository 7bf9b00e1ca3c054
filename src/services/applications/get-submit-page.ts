import type { TDb } from '@/db/client';
import { findCall } from '@/db/repositories/call.repository';
import type { TApplication } from '@/domain/applications/application';
import { isEditable } from '@/domain/applications/application-window';
import type { TPlainDate } from '@/domain/dates';
import type { TActor } from '@/policies/actor';

import { editWindowOf } from './edit-window';
import type { TDeps } from '../context';
import { checkCompleteness, type TCompleteness } from './check-completeness';
import { getApplicationFor } from './get-application';

export type TSubmitPage = {
  application: TApplication;
  completeness: TCompleteness;
  closesOn: TPlainDate | null;
  isPastDeadline: boolean;
  isEditable: boolean;
};

/** The "check your answers" page of an application, every rule judged at `at` (R-GEN-TIME). */
export async function submitPageOf(
  deps: TDeps,
  db: TDb,
  app: TApplication,
  at: Date,
): Promise<TSubmitPage> {
  const completeness = await checkCompleteness(deps, db, app, at);
  const call = await findCall(db, app.callId);
  const window = await editWindowOf(db, app, at);
  return {
    application: app,
    completeness,
    closesOn: call?.closesOn ?? null,
    isPastDeadline: window.isPastDeadline,
    isEditable: isEditable(app, window),
  };
}

/**
 * The submit page for the application's owner: its answers, what is still missing and the
 * finder's reasons that block it, judged as a submission arriving at `at` would be.
 * @example const page = await getSubmitPage(deps, actor, { applicationId, at: request.receivedAt });
 */
export async function getSubmitPage(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string; at: Date },
): Promise<TSubmitPage> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'application.submit');
  return submitPageOf(deps, deps.database.db, app, input.at);
}
