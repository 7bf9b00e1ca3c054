import {
  insertPanel,
  updatePanel,
  type TPanelWithProgram,
} from '@/db/repositories/panel.repository';
import type { TPanelRubricCriterion } from '@/domain/review/panels';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { panelFor } from './panel-access';
import {
  callForPanel,
  dueAtOf,
  formContextOf,
  storedOf,
  type TPanelFormContext,
} from './panel-form';
import { syncPanelApplications } from './sync-panel-applications';

/** A panel as the officer's form gives it, validated by the route's schema. */
export type TPanelInput = {
  track: string;
  discipline: string | null;
  name: string;
  rubric: TPanelRubricCriterion[];
  requiredReviews: number;
  normalise: boolean;
  hasInterviews: boolean;
  /** Beijing day the reviews are due by, or null. */
  reviewsDueOn: string | null;
};

export type TPanelForm =
  { ok: true; value: TPanelInput } | { ok: false; errors: { field: string; message: string }[] };

export type TSavePanelResult =
  | { ok: true; panelId: string }
  | {
      ok: false;
      reason: 'invalid';
      form: TPanelFormContext;
      errors: { field: string; message: string }[];
    }
  | { ok: false; reason: 'stale'; form: TPanelFormContext };

/** The form of a new panel of a call, or of a stored panel. */
export async function getPanelForm(
  deps: TDeps,
  actor: TActor,
  target: { callId: string } | { panelId: string },
): Promise<TPanelFormContext> {
  const { db } = deps.database;
  if ('callId' in target) return formContextOf(await callForPanel(db, actor, target.callId), null);
  const panel = await panelFor(db, actor, target.panelId);
  return formContextOf(await callForPanel(db, actor, panel.callId), panel);
}

/**
 * Creates a panel on a call, or saves an edit of one, in one audited transaction. The form is
 * read against the call's program (`formOf`, the route's parser: the rubric's shape depends on
 * it). An edit must come from the version the officer read, or it is refused as stale and
 * nothing the officer typed is lost. A new panel takes its applications at once.
 */
export async function savePanel(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: {
    target: { callId: string } | { panelId: string; version: number };
    formOf: (form: TPanelFormContext) => TPanelForm;
  },
): Promise<TSavePanelResult> {
  const at = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx): Promise<TSavePanelResult> => {
    let panel: TPanelWithProgram | null = null;
    if ('panelId' in input.target)
      panel = await panelFor(tx, actor, input.target.panelId, { forUpdate: true });
    const call = await callForPanel(
      tx,
      actor,
      panel?.callId ?? (input.target as { callId: string }).callId,
    );
    const form = formContextOf(call, panel);
    const parsed = input.formOf(form);
    if (!parsed.ok) return { ok: false, reason: 'invalid', form, errors: parsed.errors };
    const v = parsed.value;
    const columns = {
      track: v.track,
      discipline: v.discipline,
      name: v.name,
      rubric: v.rubric,
      requiredReviews: v.requiredReviews,
      normalise: v.normalise,
      hasInterviews: v.hasInterviews,
      reviewsDueAt: dueAtOf(v.reviewsDueOn),
      updatedAt: at,
    };
    if (panel) {
      if ('version' in input.target && input.target.version !== panel.version)
        return { ok: false, reason: 'stale', form };
      await updatePanel(tx, panel.id, { ...columns, version: panel.version + 1 });
      await recordAudit(tx, at, actor, meta, {
        action: 'panel.updated',
        entityType: 'panel',
        entityId: panel.id,
        before: storedOf(panel),
        after: v,
      });
      await syncPanelApplications(tx, { ...panel, ...columns }, at);
      return { ok: true, panelId: panel.id };
    }
    const created = await insertPanel(tx, {
      ...columns,
      callId: call.id,
      createdByUserId: actor.kind === 'user' ? actor.userId : null,
      createdAt: at,
    });
    await recordAudit(tx, at, actor, meta, {
      action: 'panel.created',
      entityType: 'panel',
      entityId: created.id,
      after: { callId: call.id, ...v },
    });
    await syncPanelApplications(tx, created, at);
    return { ok: true, panelId: created.id };
  });
}
