import type { TCatalogProgram } from '@/services/catalog/get-catalog';

import { callDeadline } from '../../components/call-dates';
import { loc } from '../../components/localized';
import type { TViewContext } from '../../view-context';

/** A program in a list: its name, who it is for, its tracks and its next deadline. */
export function ProgramCard({
  ctx,
  entry,
  now,
}: {
  ctx: TViewContext;
  entry: TCatalogProgram;
  now: Date;
}) {
  const { t } = ctx;
  const { program, calls } = entry;
  const nowMs = now.getTime();
  const upcoming = calls
    .filter((c) => c.closesOn && callDeadline(c.closesOn, ctx.locale).ms > nowMs)
    .sort((a, b) => (a.closesOn! < b.closesOn! ? -1 : 1))[0];
  return (
    <li class="card">
      <h2 class="card-title">
        <a href={`/programs/${program.id}`}>{loc(ctx, program.name)}</a>
      </h2>
      <p>
        {program.tracks.map((tr) => loc(ctx, tr.name)).join(ctx.locale === 'zh-CN' ? '、' : ' · ')}
      </p>
      <p>
        {upcoming?.closesOn
          ? t('home.deadline', {
              when: callDeadline(upcoming.closesOn, ctx.locale).text,
            })
          : calls.length
            ? t('catalog.no_open_call')
            : loc(ctx, program.windowNote)}
      </p>
    </li>
  );
}
