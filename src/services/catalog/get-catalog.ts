import {
  PROGRAMS,
  PROGRAM_IDS,
  getProgram,
  type TProgram,
  type TProgramId,
} from '@/domain/programs';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { publishedCalls, type TPublishedCall } from './published-calls';

export type TCatalogProgram = { program: TProgram; calls: TPublishedCall[] };

/** The four programs with their published calls (the catalog shows only published calls). */
export async function getCatalog(deps: TDeps, actor: TActor): Promise<TCatalogProgram[]> {
  requireAccess(actor, 'public.view');
  const calls = await publishedCalls(deps.database);
  return PROGRAMS.map((program) => ({
    program,
    calls: calls.filter((c) => c.programId === program.id),
  }));
}

export function isProgramId(id: string): id is TProgramId {
  return (PROGRAM_IDS as readonly string[]).includes(id);
}

/** One program's catalog page data. */
export async function getCatalogProgram(
  deps: TDeps,
  actor: TActor,
  id: string,
): Promise<TCatalogProgram> {
  requireAccess(actor, 'public.view');
  if (!isProgramId(id)) throw new AppError('not_found', `No program ${id}`);
  const calls = await publishedCalls(deps.database);
  return { program: getProgram(id), calls: calls.filter((c) => c.programId === id) };
}
