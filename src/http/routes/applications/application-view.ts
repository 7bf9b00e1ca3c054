import type { TApplicationRow } from '@/db/repositories/application.repository';
import { deadlineClosesAt } from '@/domain/dates';
import { getProgram } from '@/domain/programs';
import { formatBeijingDeadline } from '@/i18n/format';
import type { TViewContext } from '@/views/view-context';

/** "CSC · Doctoral student" in the viewer's language. */
export function applicationTitle(
  ctx: TViewContext,
  app: Pick<TApplicationRow, 'programId' | 'track'>,
): string {
  const program = getProgram(app.programId);
  const track = program.tracks.find((tr) => tr.id === app.track);
  const zh = ctx.locale === 'zh-CN';
  return `${zh ? program.name.zh : program.name.en} · ${track ? (zh ? track.name.zh : track.name.en) : app.track}`;
}

/** The deadline in Beijing time (the page script adds the viewer's own time). */
export function deadlineView(
  ctx: TViewContext,
  closesOn: string | null,
): { text: string; iso: string | null } {
  if (!closesOn) return { text: ctx.t('catalog.window_unknown'), iso: null };
  const at = new Date(deadlineClosesAt(closesOn));
  return { text: formatBeijingDeadline(at, ctx.locale), iso: at.toISOString() };
}
