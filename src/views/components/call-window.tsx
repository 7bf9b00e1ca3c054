import type { TViewContext } from '../view-context';
import { callDeadline, callOpening } from './call-dates';

export type TWindowView = { opensOn: string | null; closesOn: string | null };

const DAY_MS = 86_400_000;

/**
 * A call's window in Beijing time (R-GEN-TIME), with its state on `now`. The `<time>` elements
 * carry the instant: with JavaScript, /assets/local-time.js adds the viewer's own time and a
 * live countdown; without it the Beijing times and the day count still say everything.
 */
export function CallWindow({
  ctx,
  window,
  now,
}: {
  ctx: TViewContext;
  window: TWindowView;
  now: Date;
}) {
  const { t } = ctx;
  if (!window.opensOn || !window.closesOn) return <p>{t('catalog.window_unknown')}</p>;
  const opensAt = callOpening(window.opensOn, ctx.locale);
  const closesAt = callDeadline(window.closesOn, ctx.locale);
  const nowMs = now.getTime();
  const state = nowMs < opensAt.ms ? 'upcoming' : nowMs < closesAt.ms ? 'open' : 'closed';
  const days = Math.ceil((closesAt.ms - nowMs) / DAY_MS);
  return (
    <dl class="summary-list call-window">
      <div class="summary-row">
        <dt>{t('catalog.opens')}</dt>
        <dd>
          <time datetime={opensAt.iso}>{opensAt.text}</time>
        </dd>
      </div>
      <div class="summary-row">
        <dt>{t('catalog.deadline')}</dt>
        <dd>
          <time datetime={closesAt.iso} data-countdown="">
            {closesAt.text}
          </time>
        </dd>
      </div>
      <div class="summary-row">
        <dt>{t('catalog.status')}</dt>
        <dd>
          <strong class={state === 'open' ? 'tag' : 'tag tag--warn'}>
            {state === 'open'
              ? t('catalog.state_open', { days })
              : state === 'upcoming'
                ? t('catalog.state_upcoming')
                : t('catalog.state_closed')}
          </strong>
        </dd>
      </div>
    </dl>
  );
}
