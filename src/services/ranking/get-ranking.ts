import {
  listInterviewScores,
  listRankingApplications,
  listSubmittedReviews,
} from '@/db/repositories/ranking.repository';
import {
  rankApplicationsExact,
  toFixedR,
  toFixedS,
  fromNumber,
  type TRankInput,
} from '@/domain/review/scoring';
import type { TActor } from '@/policies/actor';
import { can } from '@/policies/access';

import type { TDeps } from '../context';
import { openPanel } from './panel-access';

/** One ranked application as the page and the exports show it: scores to 2 decimals. */
export type TRankingRow = {
  applicationId: string;
  applicantName: string;
  rank: number;
  raw: string;
  median: string;
  spread: string;
  /** Always computed and shown beside raw (R-REV-NORM), whatever the panel ranks on. */
  normalised: string;
  interview: string | null;
  adjustment: string;
  adjustmentReason: string | null;
  final: string;
  isFlagged: boolean;
  reviews: number;
  isShortlisted: boolean;
  closedReason: string | null;
};

export type TIncompleteRow = {
  applicationId: string;
  applicantName: string;
  reviews: number;
  required: number;
};

export type TRankingView = {
  panel: { id: string; name: string; normalise: boolean; hasInterviews: boolean };
  rows: TRankingRow[];
  incomplete: TIncompleteRow[];
  canAdjust: boolean;
  canClose: boolean;
  /** Interview panels only: shortlist from this page and open its interviews (R-REV-RANK). */
  canShortlist: boolean;
};

const hundredths = (centipoints: number) => fromNumber(centipoints / 100);

/**
 * R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK: a panel's ranking, exact, shown to 2
 * decimals. The whole panel is scored (μ and σ count every review), then what the actor may
 * not see is taken out — a chair's conflicted application is absent from the rows, the
 * incomplete list and every count, and the ranks are renumbered so no gap gives it away.
 * @example const view = await getRanking(deps, actor, panelId);
 */
export async function getRanking(
  deps: TDeps,
  actor: TActor,
  panelId: string,
): Promise<TRankingView> {
  const db = deps.database.db;
  const access = await openPanel(db, actor, panelId, 'ranking.read');
  const { panel, conflicts } = access;
  const [apps, reviewRows, interviewRows] = await Promise.all([
    listRankingApplications(db, panel.id),
    listSubmittedReviews(db, panel.id),
    listInterviewScores(db, panel.id),
  ]);
  const interviewOf = new Map(interviewRows.map((r) => [r.applicationId, r.scoreCentipoints]));
  const input = (normalise: boolean): TRankInput => ({
    rubric: panel.rubric,
    requiredReviews: panel.requiredReviews,
    normalise,
    applications: apps.map((a) => ({
      id: a.applicationId,
      submittedAt: (a.submittedAt ?? new Date(0)).toISOString(),
      adjustment: a.adjustmentCentipoints / 100,
      interview: interviewOf.has(a.applicationId) ? interviewOf.get(a.applicationId)! / 100 : null,
      closedWithFewer: a.closedWithFewerAt !== null,
    })),
    reviews: reviewRows.map((r) => ({
      application: r.applicationId,
      reviewer: r.memberId,
      scores: r.scores,
    })),
  });
  const ranked = rankApplicationsExact(input(panel.normalise));
  const normalised = panel.normalise ? ranked : rankApplicationsExact(input(true));
  const normalisedOf = new Map(normalised.ranking.map((x) => [x.application, x.normalised!]));
  const appOf = new Map(apps.map((a) => [a.applicationId, a]));
  const rows = ranked.ranking
    .filter((x) => !conflicts.has(x.application))
    .map((x, i): TRankingRow => {
      const a = appOf.get(x.application)!;
      const interview = interviewOf.get(x.application);
      return {
        applicationId: x.application,
        applicantName: a.applicantName,
        rank: i + 1,
        raw: toFixedR(x.raw, 2),
        median: toFixedR(x.median, 2),
        spread: toFixedR(x.spread, 2),
        normalised: toFixedS(normalisedOf.get(x.application)!, 2),
        interview: interview === undefined ? null : toFixedR(hundredths(interview), 2),
        adjustment: toFixedR(hundredths(a.adjustmentCentipoints), 2),
        adjustmentReason: a.adjustmentReason,
        final: toFixedS(x.final, 2),
        isFlagged: x.flagged,
        reviews: x.reviews,
        isShortlisted: a.shortlistedAt !== null,
        closedReason: a.closedReason,
      };
    });
  const incomplete = ranked.incomplete
    .filter((x) => !conflicts.has(x.application))
    .map((x) => ({
      applicationId: x.application,
      applicantName: appOf.get(x.application)!.applicantName,
      reviews: x.reviews,
      required: x.required,
    }));
  const resource = {
    programId: panel.programId,
    panelRole: access.isChair ? 'chair' : null,
  } as const;
  return {
    panel: {
      id: panel.id,
      name: panel.name,
      normalise: panel.normalise,
      hasInterviews: panel.hasInterviews,
    },
    rows,
    incomplete,
    canAdjust: can(actor, 'ranking.adjust', resource),
    canClose: can(actor, 'ranking.close', resource),
    canShortlist: panel.hasInterviews && can(actor, 'interview.manage', resource),
  };
}
