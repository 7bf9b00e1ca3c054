import { listApplicationDocuments, type TDocumentRow } from '@/db/repositories/document.repository';
import type { TApplication } from '@/domain/applications/application';
import { documentSlots, type TDocumentSlot } from '@/domain/applications/document-slots';
import { isEditable } from '@/domain/applications/application-window';

import { can } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { editWindowOf } from '../applications/edit-window';
import { applicationResource, getApplicationFor } from '../applications/get-application';
import type { TDeps } from '../context';

/** A stored document as pages show it. */
export type TStoredDocument = TDocumentRow;

export type TDocumentsView = {
  application: TApplication;
  slots: TDocumentSlot[];
  /** The applicant's own documents; referees' letters are not shown here (R-GEN-REFEREE). */
  documents: TDocumentRow[];
  /** The viewer may upload, replace and remove now (the owner, while editable). */
  canEdit: boolean;
  /** The viewer is the applicant (told why the list is locked; staff only read it). */
  isOwner: boolean;
  closesAt: Date | null;
};

/**
 * The documents page of an application: its program's slots for its track with their
 * conditions judged on the answers, and what is uploaded. Owner or staff of its program
 * (`document.read`); anyone else gets 404.
 */
export async function listDocuments(
  deps: TDeps,
  actor: TActor,
  applicationId: string,
): Promise<TDocumentsView> {
  const app = await getApplicationFor(deps, actor, applicationId, 'document.read');
  const db = deps.database.db;
  const documents = (await listApplicationDocuments(db, app.id)).filter((d) => !d.refereeId);
  const window = await editWindowOf(db, app, deps.now());
  return {
    application: app,
    slots: documentSlots(app.programId, app.track, app.answers, documents),
    documents,
    canEdit: can(actor, 'document.upload', applicationResource(app)) && isEditable(app, window),
    isOwner: actor.kind === 'user' && actor.userId === app.applicantUserId,
    closesAt: window.closesAt,
  };
}
