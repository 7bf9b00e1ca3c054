import { loadApplicationConflictFacts } from '@/db/repositories/review-facts.repository';
import { listPanelApplicants } from '@/db/repositories/review.repository';
import { currentInstitutions } from '@/domain/applications/current-institutions';
import { beijingDateOf } from '@/domain/dates';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { conflictsOfMember } from '../review/member-conflicts';
import { applicantName } from './applicant-name';
import { requireMember } from './reviewer-access';

export type TDeclarationRow = {
  applicationId: string;
  name: string;
  institutions: string[];
  /** Declared already: shown ticked, and a declaration is never taken back. */
  isDeclared: boolean;
};

export type TDeclarationPage = {
  panel: { id: string; name: string };
  /** The signed-in user's own membership. */
  memberId: string;
  declaredAt: Date | null;
  rows: TDeclarationRow[];
};

/**
 * R-GEN-COI: the list a member declares their conflicts on before any file opens — the
 * applicants of the panel and their current institutions, leaving out every application
 * already conflicted automatically (referee, institution, e-mail domain, supervisor): of
 * those the member sees nothing, not even the name.
 * @example const page = await getDeclarationPage(deps, actor, panelId);
 */
export async function getDeclarationPage(
  deps: TDeps,
  actor: TActor,
  panelId: string,
): Promise<TDeclarationPage> {
  const { member, panel } = await requireMember(deps, actor, panelId);
  const db = deps.database.db;
  const [applicants, facts, conflicts] = await Promise.all([
    listPanelApplicants(db, panel.id),
    loadApplicationConflictFacts(db, panel.id),
    conflictsOfMember(db, member),
  ]);
  const factsOf = new Map(facts.map((f) => [f.applicationId, f]));
  const rows: TDeclarationRow[] = [];
  for (const a of applicants) {
    const reasons = conflicts.get(a.applicationId) ?? [];
    if (reasons.some((r) => r !== 'declared')) continue;
    const f = factsOf.get(a.applicationId);
    rows.push({
      applicationId: a.applicationId,
      name: applicantName(a),
      institutions: f
        ? currentInstitutions(f.answers, beijingDateOf(f.submittedAt ?? new Date(0)))
        : [],
      isDeclared: reasons.includes('declared'),
    });
  }
  return {
    panel: { id: panel.id, name: panel.name },
    memberId: member.id,
    declaredAt: member.conflictsDeclaredAt,
    rows,
  };
}
