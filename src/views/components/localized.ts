import type { TViewContext } from '../view-context';

/** Picks the viewer's language from a data text that carries both. */
export function loc(ctx: TViewContext, text: { en: string; zh: string }): string {
  return ctx.locale === 'zh-CN' ? text.zh : text.en;
}
