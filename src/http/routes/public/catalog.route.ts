import type { FastifyInstance } from 'fastify';

import type { TLocale } from '@/i18n/locales';
import { getCatalog, getCatalogProgram } from '@/services/catalog/get-catalog';
import { getFinderPage, type TFinderPage } from '@/services/catalog/get-finder-page';
import { FinderPage, type TFinderView } from '@/views/pages/catalog/finder-page';
import { ProgramPage } from '@/views/pages/catalog/program-page';
import { ProgramsPage } from '@/views/pages/catalog/programs-page';

import { countryOptions } from '../../country-options';
import { fieldErrors } from '../../form-errors';
import { createPageCache } from '../../page-cache';
import { parseParams } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZProgramParams } from './catalog.schema';
import { compactQuery, isFinderAsked, toFinderInput, ZFinderQuery } from './finder-query.schema';

const action = { config: { action: 'public.view' as const } };

/** The finder's form in a language, with what was asked and the page's answer. */
function finderView(
  page: TFinderPage,
  values: Record<string, string>,
  locale: TLocale,
): TFinderView {
  const { options } = page;
  return {
    values: { intakeYear: String(options.defaultYear), ...values },
    errors: [],
    result: page.result,
    countries: countryOptions(locale),
    intakeYears: options.intakeYears,
    hosts: options.hosts.map((h) => ({
      id: h.id,
      name: locale === 'zh-CN' ? h.name.zh : h.name.en,
    })),
  };
}

export function catalogRoutes(app: FastifyInstance): void {
  const pages = createPageCache();
  for (const [url, isHome] of [
    ['/', true],
    ['/programs', false],
  ] as const) {
    app.get(url, action, async (request, reply) => {
      const now = request.receivedAt;
      const catalog = await getCatalog(app.deps, request.actor);
      return pages.send(request, reply, {
        version: catalog,
        now,
        render: (ctx) => ProgramsPage({ ctx, catalog, now, isHome }),
      });
    });
  }

  app.get('/programs/:id', action, async (request, reply) => {
    const { id } = parseParams(ZProgramParams, request);
    const now = request.receivedAt;
    const entry = await getCatalogProgram(app.deps, request.actor, id);
    return pages.send(request, reply, {
      version: entry,
      now,
      render: (ctx) => ProgramPage({ ctx, program: entry.program, calls: entry.calls, now }),
    });
  });

  app.get('/finder', action, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const at = request.receivedAt;
    if (!isFinderAsked(query)) {
      const page = await getFinderPage(app.deps, request.actor, { at });
      return pages.send(request, reply, {
        version: page.options,
        now: at,
        render: (ctx) => FinderPage({ ctx, view: finderView(page, values, ctx.locale) }),
      });
    }
    const ctx = viewContext(request, reply);
    const parsed = ZFinderQuery.safeParse(query);
    if (!parsed.success) {
      const page = await getFinderPage(app.deps, request.actor, { at });
      const view = {
        ...finderView(page, values, ctx.locale),
        errors: fieldErrors(parsed.error, ctx.t),
      };
      return sendPage(reply, FinderPage({ ctx, view }), 400);
    }
    const compact = compactQuery(query);
    if (compact !== null) return reply.redirect(`/finder?${compact}`, 303);
    const page = await getFinderPage(app.deps, request.actor, {
      at,
      ask: (defaults) => toFinderInput(parsed.data, defaults.asOf, defaults.intakeYear),
    });
    return sendPage(reply, FinderPage({ ctx, view: finderView(page, values, ctx.locale) }));
  });
}
