import type { TDb } from '@/db/client';
import type { TApplicantProfileRow } from '@/db/repositories/applicant.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import type { TApplication } from '@/domain/applications/application';
import { can } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TResource } from '@/policies/access';

/** One document of the application as staff see it listed (opened through the document route). */
export type TSummaryDocument = {
  id: string;
  slot: string;
  fileName: string;
  isLetter: boolean;
  /** The actor may open it (`document.read`; a referee's letter also `letter.read`). */
  canOpen: boolean;
};

/** The application read-only, as screening and nomination pages show it. */
export type TApplicationSummary = {
  application: TApplication;
  applicant: {
    familyName: string;
    givenNames: string;
    nameZh: string | null;
    nationality: string;
    birthOn: string;
    gender: string | null;
  } | null;
  documents: TSummaryDocument[];
};

/** The application, its applicant's identity and its documents, each marked openable or not. */
export async function applicationSummaryOf(
  db: TDb,
  actor: TActor,
  app: TApplication,
  profile: TApplicantProfileRow | undefined,
  resource: TResource,
): Promise<TApplicationSummary> {
  const docs = await listApplicationDocuments(db, app.id);
  const canRead = can(actor, 'document.read', resource);
  const canReadLetters = can(actor, 'letter.read', resource);
  return {
    application: app,
    applicant: profile
      ? {
          familyName: profile.familyName,
          givenNames: profile.givenNames,
          nameZh: profile.nameZh,
          nationality: profile.nationality,
          birthOn: profile.birthOn,
          gender: profile.gender,
        }
      : null,
    documents: docs.map((d) => ({
      id: d.id,
      slot: d.slot,
      fileName: d.fileName,
      isLetter: d.refereeId !== null,
      canOpen: canRead && (d.refereeId === null || canReadLetters),
    })),
  };
}
