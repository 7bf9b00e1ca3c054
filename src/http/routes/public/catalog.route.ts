import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import { COUNTRY_CODES, getCountry } from '@/domain/countries/countries';
import { beijingDateOf } from '@/domain/dates';
import type { TLocale } from '@/i18n/locales';
import { findScholarships } from '@/services/catalog/find-scholarships';
import { getCatalog, getCatalogProgram } from '@/services/catalog/get-catalog';
import { publishedCalls } from '@/services/catalog/published-calls';
import { FinderPage } from '@/views/pages/catalog/finder-page';
import { ProgramPage } from '@/views/pages/catalog/program-page';
import { ProgramsPage } from '@/views/pages/catalog/programs-page';

import { fieldErrors } from '../../form-errors';
import { sendPage, viewContext } from '../../render';
import { isFinderAsked, toFinderInput, ZFinderQuery } from './finder-query.schema';

const ZProgramParams = z.object({ id: z.string().max(40) });
const action = { config: { action: 'public.view' as const } };

// Sorting ~250 names with Intl.Collator on every finder view would cost more than the rest of
// the page: sort once per language.
const countryOptions = new Map<TLocale, { code: string; name: string }[]>();
function countriesIn(locale: TLocale) {
  let list = countryOptions.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({
      code,
      name: locale === 'zh-CN' ? getCountry(code).zh : getCountry(code).en,
    })).sort((a, b) => collator.compare(a.name, b.name));
    countryOptions.set(locale, list);
  }
  return list;
}

export function catalogRoutes(app: FastifyInstance): void {
  for (const [url, isHome] of [
    ['/', true],
    ['/programs', false],
  ] as const) {
    app.get(url, action, async (request, reply) => {
      const catalog = await getCatalog(app.deps, request.actor);
      return sendPage(
        reply,
        ProgramsPage({ ctx: viewContext(request, reply), catalog, now: app.deps.now(), isHome }),
      );
    });
  }

  app.get('/programs/:id', action, async (request, reply) => {
    const { id } = ZProgramParams.parse(request.params);
    const { program, calls } = await getCatalogProgram(app.deps, request.actor, id);
    return sendPage(
      reply,
      ProgramPage({ ctx: viewContext(request, reply), program, calls, now: app.deps.now() }),
    );
  });

  app.get('/finder', action, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      Object.entries(query).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    const now = app.deps.now();
    const today = beijingDateOf(now);
    const calls = await publishedCalls(app.deps.database);
    const todayYear = Number(today.slice(0, 4));
    // The intake years offered: those of published calls still open or to come, and the next two.
    const openYears = calls
      .filter((c) => c.closesOn && c.closesOn >= today)
      .map((c) => c.intakeYear);
    const intakeYears = [...new Set([...openYears, todayYear, todayYear + 1])].sort();
    const defaultYear = openYears.length ? Math.min(...openYears) : todayYear + 1;
    const hosts = [
      ...new Map(
        calls
          .filter((c) => c.hostId && c.hostName)
          .map((c) => [c.hostId!, ctx.locale === 'zh-CN' ? c.hostName!.zh : c.hostName!.en]),
      ),
    ].map(([id, name]) => ({ id, name }));
    const view = {
      values: { intakeYear: String(defaultYear), ...values },
      errors: [] as { field: string; message: string }[],
      result: null as Awaited<ReturnType<typeof findScholarships>> | null,
      countries: countriesIn(ctx.locale),
      intakeYears,
      hosts,
    };
    if (isFinderAsked(query)) {
      const parsed = ZFinderQuery.safeParse(query);
      if (!parsed.success) {
        view.errors = fieldErrors(parsed.error, ctx.t);
        return sendPage(reply, FinderPage({ ctx, view }), 400);
      }
      view.result = await findScholarships(
        app.deps,
        request.actor,
        toFinderInput(parsed.data, today, defaultYear),
      );
    }
    return sendPage(reply, FinderPage({ ctx, view }));
  });
}
