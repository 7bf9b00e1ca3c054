import type { FastifyInstance } from 'fastify';
import { beijingDateOf } from '@/domain/dates';
import type { TLocale } from '@/i18n/locales';
import { findScholarships } from '@/services/catalog/find-scholarships';
import { getCatalog, getCatalogProgram } from '@/services/catalog/get-catalog';
import { publishedCalls } from '@/services/catalog/published-calls';
import { FinderPage } from '@/views/pages/catalog/finder-page';
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

// The Beijing date goes through luxon's time-zone lookup, which cost as much as sending the whole
// finder form: a date changes only on a whole second, so one lookup per second of the clock.
let today = { second: Number.NaN, date: '' };
function beijingToday(now: Date): string {
  const second = Math.floor(now.getTime() / 1000);
  if (second !== today.second) today = { second, date: beijingDateOf(now) };
  return today.date;
}

export function catalogRoutes(app: FastifyInstance): void {
  const pages = createPageCache();
  for (const [url, isHome] of [
    ['/', true],
    ['/programs', false],
  ] as const) {
    app.get(url, action, async (request, reply) => {
      const now = app.deps.now();
      return pages.send(request, reply, {
        version: await publishedCalls(app.deps.database),
        now,
        render: async (ctx) => {
          const catalog = await getCatalog(app.deps, request.actor);
          return ProgramsPage({ ctx, catalog, now, isHome });
        },
      });
    });
  }

  app.get('/programs/:id', action, async (request, reply) => {
    const { id } = parseParams(ZProgramParams, request);
    const now = app.deps.now();
    return pages.send(request, reply, {
      version: await publishedCalls(app.deps.database),
      now,
      render: async (ctx) => {
        const { program, calls } = await getCatalogProgram(app.deps, request.actor, id);
        return ProgramPage({ ctx, program, calls, now });
      },
    });
  });

  app.get('/finder', action, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      Object.entries(query).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    const now = app.deps.now();
    const today = beijingToday(now);
    const calls = await publishedCalls(app.deps.database);
    const todayYear = Number(today.slice(0, 4));
    // The intake years offered: those of published calls still open or to come, and the next two.
    const openYears = calls
      .filter((c) => c.closesOn && c.closesOn >= today)
      .map((c) => c.intakeYear);
    const intakeYears = [...new Set([...openYears, todayYear, todayYear + 1])].sort();
    const defaultYear = openYears.length ? Math.min(...openYears) : todayYear + 1;
    const viewIn = (locale: TLocale) => ({
      values: { intakeYear: String(defaultYear), ...values },
      errors: [] as { field: string; message: string }[],
      result: null as Awaited<ReturnType<typeof findScholarships>> | null,
      countries: countryOptions(locale),
      intakeYears,
      hosts: [
        ...new Map(
          calls
            .filter((c) => c.hostId && c.hostName)
            .map((c) => [c.hostId!, locale === 'zh-CN' ? c.hostName!.zh : c.hostName!.en]),
        ),
      ].map(([id, name]) => ({ id, name })),
    });
    // The empty form is the same for every anonymous visitor: kept (see page-cache). An answer
    // carries the applicant's own facts in its URL: rendered for them alone.
    if (!isFinderAsked(query)) {
      return pages.send(request, reply, {
        version: calls,
        now,
        render: (ctx) => FinderPage({ ctx, view: viewIn(ctx.locale) }),
      });
    }
    const ctx = viewContext(request, reply);
    const view = viewIn(ctx.locale);
    const parsed = ZFinderQuery.safeParse(query);
    if (!parsed.success) {
      view.errors = fieldErrors(parsed.error, ctx.t);
      return sendPage(reply, FinderPage({ ctx, view }), 400);
    }
    // A GET form sends every field, empty or not: answer at the short URL, the one to share.
    const compact = compactQuery(query);
    if (compact !== null) return reply.redirect(`/finder?${compact}`, 303);
    view.result = await findScholarships(
      app.deps,
      request.actor,
      toFinderInput(parsed.data, today, defaultYear),
    );
    return sendPage(reply, FinderPage({ ctx, view }));
  });
}
