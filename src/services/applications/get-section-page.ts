import type { TApplication } from '@/domain/applications/application';
import { isEditable } from '@/domain/applications/application-window';
import { formSections, type TFormSection } from '@/domain/applications/form-definition';
import type { TActor } from '@/policies/actor';

import { editWindowOf } from './edit-window';
import type { TDeps } from '../context';
import { getApplicationFor } from './get-application';

export type TSectionPage = {
  application: Pick<TApplication, 'id' | 'programId' | 'track'>;
  section: TFormSection;
  /** The section's answers as saved. */
  answers: Record<string, string>;
  /** R-GEN-EDIT: false once submitted or past the deadline (the form shows, locked). */
  isEditable: boolean;
};

/** One section of an application's form, or null when its program and track have no such one. */
export function sectionPageOf(
  app: TApplication,
  sectionId: string,
  isAppEditable: boolean,
): TSectionPage | null {
  const section = formSections(app.programId, app.track).find((s) => s.id === sectionId);
  if (!section) return null;
  return {
    application: { id: app.id, programId: app.programId, track: app.track },
    section,
    answers: app.answers[section.id] ?? {},
    isEditable: isAppEditable,
  };
}

/**
 * One section of the form for its owner, judged editable at `at`; null for a section the
 * application's program and track do not have.
 * @example const page = await getSectionPage(deps, actor, { applicationId, sectionId: 'plan', at });
 */
export async function getSectionPage(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string; sectionId: string; at: Date },
): Promise<TSectionPage | null> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'application.update');
  const window = await editWindowOf(deps.database.db, app, input.at);
  return sectionPageOf(app, input.sectionId, isEditable(app, window));
}
