import { PROGRAMS, getProgram, isProgramId, type TProgram } from '@/domain/programs';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { publishedCalls, type TPublishedCall } from './published-calls';

export type TCatalogProgram = { program: TProgram; calls: TPublishedCall[] };

// Note: performance (catalog pages ≥ 10,000 req/s on one core, bench/README.md). The catalog
// is a pure function of the published calls, which stay the same list until an officer's
// change: it is built once per list and kept beside it. The same object is returned until
// then, so pages may use it as the version of what they show (http/page-cache.ts).
const catalogs = new WeakMap<readonly TPublishedCall[], readonly TCatalogProgram[]>();
const programs = new WeakMap<readonly TPublishedCall[], Map<string, TCatalogProgram>>();

function catalogOf(calls: readonly TPublishedCall[]): readonly TCatalogProgram[] {
  let catalog = catalogs.get(calls);
  if (!catalog) {
    catalog = PROGRAMS.map((program) => ({
      program,
      calls: calls.filter((c) => c.programId === program.id),
    }));
    catalogs.set(calls, catalog);
  }
  return catalog;
}

/**
 * The four programs with their published calls (the catalog shows only published calls): the
 * same object until the published calls change.
 */
export async function getCatalog(deps: TDeps, actor: TActor): Promise<readonly TCatalogProgram[]> {
  requireAccess(actor, 'public.view');
  return catalogOf(await publishedCalls(deps.database));
}

/** One program's catalog page data: the same object until the published calls change. */
export async function getCatalogProgram(
  deps: TDeps,
  actor: TActor,
  id: string,
): Promise<TCatalogProgram> {
  requireAccess(actor, 'public.view');
  if (!isProgramId(id)) throw new AppError('not_found', `No program ${id}`);
  const calls = await publishedCalls(deps.database);
  let byId = programs.get(calls);
  if (!byId) {
    byId = new Map();
    programs.set(calls, byId);
  }
  let entry = byId.get(id);
  if (!entry) {
    entry = { program: getProgram(id), calls: calls.filter((c) => c.programId === id) };
    byId.set(id, entry);
  }
  return entry;
}
