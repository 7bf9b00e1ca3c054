import { formatBeijingDateTime } from '@/i18n/format';
import type { TReviewState } from '@/domain/review/workspace/queue';
import type { TMessageKey } from '@/i18n/translate';

import type { TViewContext } from '../../view-context';

/** The due instant in Beijing time (R-GEN-TIME), or "no due date". */
export function DueAt({ ctx, dueAt }: { ctx: TViewContext; dueAt: Date | null }) {
  if (!dueAt) return <>{ctx.t('reviewing.no_due_date')}</>;
  return <time datetime={dueAt.toISOString()}>{formatBeijingDateTime(dueAt, ctx.locale)}</time>;
}

export function stateLabel(ctx: TViewContext, state: TReviewState): string {
  return ctx.t(`reviewing.state.${state}` as TMessageKey);
}

export const panelHref = (panelId: string) => `/review/panels/${panelId}`;
export const applicationHref = (panelId: string, applicationId: string) =>
  `/review/panels/${panelId}/applications/${applicationId}`;
