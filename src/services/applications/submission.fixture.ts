// A complete CSC doctoral draft on csc-2026 (UCAS, closes 2026-04-05 Beijing time) for the
// submission tests: profile and consent, every answer, every upload, two referees named.
import type { TDb } from '@/db/client';
import { insertDocument } from '@/db/repositories/document.repository';
import { insertReferee } from '@/db/repositories/referee.repository';
import type { TApplication } from '@/domain/applications/application';
import type { TAnswers } from '@/domain/applications/form-definition';
import { PHYSICAL_EXAM_SLOT } from '@/domain/applications/document-slots';
import type { TActor } from '@/policies/actor';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';

import type { TDeps } from '../context';
import { listMissingDocuments } from '../documents/missing-documents';
import { saveApplicantProfile } from './save-profile';

export const CSC_DOCTORAL_ANSWERS: TAnswers = {
  personal: { phone: '+84 24 3869 4242', address: '1 Dai Co Viet, Hanoi', inChina: 'no' },
  education: {
    highestQualification: 'master',
    studyingInChina: 'none',
    edu_0_institution: 'Vietnam National University, Hanoi',
    edu_0_country: 'VN',
    edu_0_qualification: 'MSc Hydrology',
    edu_0_from: '2016-09-01',
  },
  language: { englishNative: 'no', toefl: '98' },
  plan: {
    title: 'Saltwater intrusion in the Mekong delta',
    text: 'Groundwater recharge. '.repeat(450),
  },
  host: { department: 'College of Resources and Environment', subject: 'Hydrology' },
  program: {
    dispatchingAuthority: 'Ministry of Education',
    agencyNumber: '10610',
    subjectCategory: 'II',
  },
};

/**
 * A draft that a submission on `submittedOn` accepts, its physical examination form dated
 * `examOn` (R-CSC-ELIG: at most six months before the submission).
 */
export async function completeCscDraft(
  deps: TDeps,
  who: { email: string; passportNumber: string; examOn: string },
): Promise<{ actor: TActor; app: TApplication }> {
  const db: TDb = deps.database.db;
  const now = deps.now();
  const { userId, actor } = await createApplicant(db, now, { email: who.email });
  await saveApplicantProfile(
    deps,
    actor,
    {},
    {
      familyName: 'NGUYEN',
      givenNames: 'Thi Lan',
      nameZh: null,
      nationality: 'VN',
      passportNumber: who.passportNumber,
      passportCountry: 'VN',
      birthOn: '1993-07-14',
      gender: 'female',
      hasConsented: true,
      locale: 'en',
    },
  );
  const app = await createApplication(db, now, {
    userId,
    hostId: 'UCAS',
    answers: CSC_DOCTORAL_ANSWERS,
  });
  for (const m of await listMissingDocuments(db, app)) {
    if (m.reason !== 'missing') continue;
    for (let i = m.has; i < m.needed; i++) {
      await insertDocument(db, {
        applicationId: app.id,
        slot: m.slot,
        fileName: `${m.slot}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 1000,
        sha256: 'x'.repeat(64),
        storageKey: `test/${app.id}/${m.slot}/${i}`,
        pageCount: 1,
        issuedOn: m.slot === PHYSICAL_EXAM_SLOT ? who.examOn : null,
        createdAt: now,
      });
    }
  }
  for (const n of [1, 2]) {
    await insertReferee(db, {
      applicationId: app.id,
      name: `Prof. Referee ${n}`,
      title: 'Professor',
      institution: 'Hanoi University of Science and Technology',
      email: `referee-${n}-${who.passportNumber}@hust.example.edu`,
      locale: 'en',
      tokenHash: `${app.id}-${n}`,
      invitedAt: now,
      createdAt: now,
    });
  }
  return { actor, app };
}
