import type { TDb } from '@/db/client';
import {
  findLatestReturn,
  type TApplicationReturnRow,
} from '@/db/repositories/screening.repository';
import type { TApplication } from '@/domain/applications/application';
import { letterKey, type TScreeningState } from '@/domain/screening/screening-state';
import { can } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { applicationResource } from '../applications/get-application';
import type { TDeps } from '../context';
import { applicationSummaryOf, type TApplicationSummary } from './application-summary';
import { screeningApplicationFor, screeningFacts } from './screening-facts';

export type TDecisionView = {
  decision: 'confirmed' | 'overridden' | 'waived';
  note: string;
  decidedAt: Date;
};

/** The screening page of one application: the file read-only and what the officer decides. */
export type TScreeningPage = {
  summary: TApplicationSummary;
  points: { code: string; en: string; zh: string; decision: TDecisionView | null }[];
  letters: {
    needed: number;
    in: number;
    missing: { refereeId: string; key: string; name: string; decision: TDecisionView | null }[];
  };
  state: TScreeningState;
  latestReturn: TApplicationReturnRow | null;
  closesOn: string | null;
  canDecide: boolean;
  canMarkIncomplete: boolean;
  canReturn: boolean;
};

export async function screeningPageOf(
  deps: TDeps,
  db: TDb,
  actor: TActor,
  app: TApplication,
  at: Date,
): Promise<TScreeningPage> {
  const facts = await screeningFacts(deps, db, app, at);
  const decisionOf = (key: string): TDecisionView | null => {
    const d = facts.decisions.find((x) => x.reasonKey === key);
    return d ? { decision: d.decision, note: d.note, decidedAt: d.decidedAt } : null;
  };
  const resource = applicationResource(app);
  const canDecide = can(actor, 'screening.decide', resource) && facts.isActionable;
  return {
    summary: await applicationSummaryOf(db, actor, app, facts.profile, resource),
    points: facts.points.map((p) => ({ ...p, decision: decisionOf(p.code) })),
    letters: {
      needed: facts.needed,
      in: facts.lettersIn,
      missing: facts.missing.map((m) => ({
        refereeId: m.id,
        key: letterKey(m.id),
        name: m.name,
        decision: decisionOf(letterKey(m.id)),
      })),
    },
    state: facts.state,
    latestReturn: (await findLatestReturn(db, app.id)) ?? null,
    closesOn: facts.call?.closesOn ?? null,
    canDecide,
    canMarkIncomplete: canDecide && app.status !== 'incomplete',
    canReturn: canDecide,
  };
}

/**
 * The screening page for an admission officer of the application's host (an administrator
 * may look): 404 for anything outside their screening.
 * @example const page = await getScreeningPage(deps, actor, { applicationId, at: request.receivedAt });
 */
export async function getScreeningPage(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string; at: Date },
): Promise<TScreeningPage> {
  const { db } = deps.database;
  const app = await screeningApplicationFor(db, actor, input.applicationId, 'screening.read');
  return screeningPageOf(deps, db, actor, app, input.at);
}
