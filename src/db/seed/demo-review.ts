import { addDays, beijingDateOf, dayOpensAt } from '@/domain/dates';
import { identityKey } from '@/domain/applications/identity';
import type { TApplicationStatus } from '@/domain/applications/application';
import { defaultRubric } from '@/domain/review/panels';
import type { TActor } from '@/policies/actor';
import { CONSENT_TEXT_VERSION } from '@/services/applications/save-profile';
import { recordAudit } from '@/services/audit/record-audit';
import { dueAtOf } from '@/services/panels/panel-form';
import { assignPanelInTx, type TAssignmentRunCounts } from '@/services/panels/run-assignment';

import type { TDb } from '../client';
import { insertConsent, upsertApplicantProfile } from '../repositories/applicant.repository';
import { insertApplication, insertApplicationEvent } from '../repositories/application.repository';
import { listAssignments } from '../repositories/assignment.repository';
import {
  insertMember,
  insertPanel,
  listMembers,
  updateMember,
} from '../repositories/panel.repository';
import { markReviewSubmitted, saveReviewDraft } from '../repositories/review.repository';
import { insertReferee } from '../repositories/referee.repository';
import { findUserByEmail, insertRole, insertUser } from '../repositories/user.repository';
import type { TDemoCall, TDemoCycle } from './demo-calls';
import {
  BGS_APPLICANT,
  DEMO_REVIEWER_EMAIL,
  DEMO_PROGRAM_OFFICER_EMAIL,
  PIFI_FELLOWS,
  PIFI_PANEL_MEMBERS,
  type TDemoApplicant,
} from './demo-review-data';

// The demo's review stage, so each demo user lands on real work (issue 11): PIFI fellows
// under review on a PIFI panel where the demo reviewer has assignments and one conflict, a BGS
// application waiting at BLCU, and the demo program officer able to build PIFI panels.
// Deterministic: the same people, answers and receipts whatever day it runs; only the instants
// follow the day the database is created. No email is queued: everyone is already in.

const DAY_MS = 86_400_000;
/** The seed acts as the system, not as any demo user (the audit says so). */
const SEED_ACTOR: TActor = { kind: 'system', job: 'demo.seed' };
/** Reviews of the demo panel are due this many days after the demo is created. */
const REVIEW_DAYS = 30;

export type TDemoReviewSummary = {
  applications: string[];
  panelId: string;
  assignment: TAssignmentRunCounts;
};

type TCallRef = Pick<TDemoCall, 'id' | 'programId' | 'hostId' | 'opensOn'>;

/** `days` before `now`, never before the call opened (the application was made in its window). */
function daysBefore(now: Date, days: number, call: TCallRef): Date {
  const opened = new Date(dayOpensAt(call.opensOn)).getTime();
  return new Date(Math.max(now.getTime() - days * DAY_MS, opened));
}

/**
 * One applicant's verified account, profile, consent and submitted application with its two
 * referees' letters in. Returns the application's id.
 */
async function seedApplicant(
  tx: TDb,
  now: Date,
  passwordHash: string,
  call: TCallRef,
  person: TDemoApplicant,
  opts: { track: string; status: TApplicationStatus; receiptNumber: string; code: string },
): Promise<string> {
  const submittedAt = daysBefore(now, person.submittedDaysAgo, call);
  const draftedAt = daysBefore(now, person.submittedDaysAgo + 9, call);
  const user = await insertUser(tx, {
    email: person.email,
    displayName: person.displayName,
    passwordHash,
    locale: 'en',
    emailVerifiedAt: draftedAt,
    createdAt: draftedAt,
    updatedAt: draftedAt,
  });
  await insertRole(tx, {
    userId: user.id,
    role: 'applicant',
    programId: null,
    institutionId: null,
    createdAt: draftedAt,
  });
  const identity = {
    passportNumber: person.passportNumber,
    passportCountry: person.nationality,
    birthOn: person.birthOn,
  };
  await upsertApplicantProfile(tx, {
    userId: user.id,
    familyName: person.familyName,
    givenNames: person.givenNames,
    nameZh: null,
    nationality: person.nationality,
    gender: person.gender,
    ...identity,
    identityKey: identityKey(identity),
    createdAt: draftedAt,
    updatedAt: draftedAt,
  });
  await insertConsent(tx, {
    userId: user.id,
    textVersion: CONSENT_TEXT_VERSION,
    locale: 'en',
    givenAt: draftedAt,
  });
  const app = await insertApplication(tx, {
    applicantUserId: user.id,
    callId: call.id,
    programId: call.programId,
    track: opts.track,
    hostId: call.hostId,
    status: opts.status,
    answers: person.answers,
    identityKey: identityKey(identity),
    receiptNumber: opts.receiptNumber,
    verificationCode: opts.code,
    submittedAt,
    version: 2,
    createdAt: draftedAt,
    updatedAt: submittedAt,
  });
  await insertApplicationEvent(tx, { applicationId: app.id, kind: 'drafted', at: draftedAt });
  for (const [i, r] of person.referees.entries()) {
    const letterAt = new Date(draftedAt.getTime() + (i + 2) * DAY_MS);
    const row = await insertReferee(tx, {
      applicationId: app.id,
      ...r,
      locale: 'en',
      // Note: not the SHA-256 of any token (not 64 hex digits), so no link opens it: the
      // letters are in, and the demo never mails a referee.
      tokenHash: `demo-letter-${opts.receiptNumber}-${i + 1}`,
      status: 'submitted',
      letterText:
        `I have known ${person.displayName} for several years and recommend the application ` +
        'without reservation: careful, original work, and a generous colleague.',
      invitedAt: draftedAt,
      openedAt: letterAt,
      submittedAt: letterAt,
      createdAt: draftedAt,
    });
    await insertApplicationEvent(tx, {
      applicationId: app.id,
      kind: 'letter_in',
      at: letterAt,
      detail: { refereeId: row.id, referee: r.name },
    });
  }
  await insertApplicationEvent(tx, {
    applicationId: app.id,
    kind: 'submitted',
    at: submittedAt,
    detail: { receiptNumber: opts.receiptNumber },
  });
  return app.id;
}

async function userIdOf(tx: TDb, email: string): Promise<string> {
  const user = await findUserByEmail(tx, email);
  if (!user) throw new Error(`demo user ${email} is missing`);
  return user.id;
}

/**
 * Loads the review stage of the demo inside seedDemo's transaction (after its users and
 * calls): the PIFI fellows and their panel, assigned by the R-REV-ASSIGN solver (so the demo
 * reviewer, a referee of one fellow, is never given that one: R-GEN-COI), and a BGS
 * application at BLCU.
 */
export async function seedDemoReview(
  tx: TDb,
  now: Date,
  demo: { passwordHash: string; cycle: TDemoCycle },
): Promise<TDemoReviewSummary> {
  const { cycle, passwordHash } = demo;
  const pifi = cycle.current.find((c) => c.programId === 'pifi');
  const bgs = cycle.current.find((c) => c.programId === 'bgs');
  if (!pifi || !bgs) throw new Error('the demo has no open PIFI or BGS call');
  const year = cycle.intakeYear;

  // The program officer builds PIFI panels too (a second grant).
  await insertRole(tx, {
    userId: await userIdOf(tx, DEMO_PROGRAM_OFFICER_EMAIL),
    role: 'program_officer',
    programId: 'pifi',
    institutionId: null,
    createdAt: now,
  });

  const applications: string[] = [];
  for (const [i, fellow] of PIFI_FELLOWS.entries()) {
    const n = String(i + 1).padStart(3, '0');
    applications.push(
      await seedApplicant(tx, now, passwordHash, pifi, fellow, {
        track: 'fellow',
        status: 'under_review',
        receiptNumber: `JX-${year}-PIFI-${n}`,
        code: `DEMO-PIFI-${n}`,
      }),
    );
  }
  applications.push(
    await seedApplicant(tx, now, passwordHash, bgs, BGS_APPLICANT, {
      track: 'master',
      status: 'submitted',
      receiptNumber: `JX-${year}-BGS-001`,
      code: 'DEMO-BGS-001',
    }),
  );

  const panel = await insertPanel(tx, {
    callId: pifi.id,
    track: 'fellow',
    discipline: null,
    name: `PIFI ${year} panel`,
    rubric: defaultRubric('pifi'),
    requiredReviews: 3,
    normalise: true,
    // R-PIFI-REVIEW: shortlisted candidates may be interviewed (the fifth criterion).
    hasInterviews: true,
    reviewsDueAt: dueAtOf(addDays(beijingDateOf(now), REVIEW_DAYS)),
    createdByUserId: null,
    createdAt: now,
    updatedAt: now,
  });
  for (const m of PIFI_PANEL_MEMBERS) {
    const userId = m.account
      ? (
          await insertUser(tx, {
            email: m.email,
            displayName: m.account.displayName,
            passwordHash,
            locale: 'en',
            emailVerifiedAt: now,
            createdAt: now,
            updatedAt: now,
          })
        ).id
      : await userIdOf(tx, m.email);
    // What accepting an invitation grants (join-panel.ts), without the invitation's email.
    await insertRole(tx, {
      userId,
      role: m.role === 'chair' ? 'panel_chair' : 'reviewer',
      programId: 'pifi',
      institutionId: null,
      createdAt: now,
    });
    await insertMember(tx, {
      panelId: panel.id,
      userId,
      role: m.role,
      email: m.email,
      displayName: m.displayName,
      institution: m.institution,
      disciplines: m.disciplines,
      capacity: m.capacity,
      locale: 'en',
      invitationTokenHash: null,
      invitedAt: now,
      acceptedAt: now,
      createdAt: now,
    });
  }
  await recordAudit(
    tx,
    now,
    SEED_ACTOR,
    {},
    {
      action: 'panel.created',
      entityType: 'panel',
      entityId: panel.id,
      after: { callId: pifi.id, name: panel.name, members: PIFI_PANEL_MEMBERS.map((m) => m.email) },
    },
  );
  // The officer's "Assign automatically": takes the screened applications onto the panel and
  // runs the solver, audited as the system's run.
  const assignment = await assignPanelInTx(tx, SEED_ACTOR, {}, panel, now);
  await seedOtherReviews(tx, now, panel.id, panel.rubric);
  return { applications, panelId: panel.id, assignment };
}

/**
 * The two other reviewers have declared no conflict and submitted every review, so the chair's
 * ranking shows real raw and normalised scores as soon as the demo reviewer submits (R-REV-NORM:
 * each has more than 3 reviews, so theirs are normalised). Their scores differ in level — one
 * marks high, one low — which is what normalisation is for. Deterministic.
 */
async function seedOtherReviews(
  tx: TDb,
  now: Date,
  panelId: string,
  rubric: readonly { id: string; min: number; max: number }[],
): Promise<void> {
  const others = (await listMembers(tx, panelId)).filter(
    (m) => m.role === 'reviewer' && m.email !== DEMO_REVIEWER_EMAIL,
  );
  const assignments = await listAssignments(tx, panelId);
  for (const [r, member] of others.entries()) {
    await updateMember(tx, member.id, { conflictsDeclaredAt: now });
    const mine = assignments
      .filter((a) => a.memberId === member.id)
      .sort((a, b) => a.applicationId.localeCompare(b.applicationId));
    for (const [i, a] of mine.entries()) {
      const scores = Object.fromEntries(
        rubric.map((c, k) => {
          const level = r === 0 ? 7 : 4; // a generous reviewer and a strict one
          return [c.id, Math.min(c.max, Math.max(c.min, level + ((i + k) % 3)))];
        }),
      );
      const review = await saveReviewDraft(
        tx,
        a.id,
        { scores, comment: r === 0 ? 'Strong proposal.' : 'Sound, with gaps in method.' },
        now,
      );
      await markReviewSubmitted(tx, review.id, now);
    }
  }
}
