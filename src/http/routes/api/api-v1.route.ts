import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';

import { toContractError } from '@/contracts/contract-error';
import { ZFinderInput } from '@/contracts/finder.schema';
import { dayOpensAt, deadlineClosesAt } from '@/domain/dates';
import { findScholarships } from '@/services/catalog/find-scholarships';
import {
  getCatalog,
  getCatalogProgram,
  type TCatalogProgram,
} from '@/services/catalog/get-catalog';

import { parseParams } from '../../parse-request';
import { ZProgramParams } from '../public/catalog.schema';
import { openApiDocument } from './openapi';

const api = { config: { action: 'public.view' as const, isApi: true } };

/** A program as the public API shows it: its data and its published calls with instants. */
function programJson({ program, calls }: TCatalogProgram) {
  return {
    ...program,
    publishedCalls: calls.map((c) => ({
      id: c.id,
      intakeYear: c.intakeYear,
      host: c.hostId,
      opensOn: c.opensOn,
      closesOn: c.closesOn,
      opensAt: c.opensOn ? dayOpensAt(c.opensOn) : null,
      closesAt: c.closesOn ? deadlineClosesAt(c.closesOn) : null,
      quotas: { ...program.quotas, ...c.settings.quotas },
      isExample: c.settings.isExample,
    })),
  };
}

export function apiV1Routes(app: FastifyInstance): void {
  app.get('/api/v1/programs', api, async (request) => {
    const catalog = await getCatalog(app.deps, request.actor);
    return { programs: catalog.map(programJson) };
  });

  app.get('/api/v1/programs/:id', api, async (request) => {
    const { id } = parseParams(ZProgramParams, request);
    return programJson(await getCatalogProgram(app.deps, request.actor, id));
  });

  // The same JSON as `npx jiangxue finder`, judged against the published calls.
  app.post('/api/v1/finder', api, async (request, reply) => {
    try {
      const input = ZFinderInput.parse(request.body);
      return await findScholarships(app.deps, request.actor, input);
    } catch (err) {
      if (err instanceof ZodError) return reply.status(400).send(toContractError(err));
      throw err;
    }
  });

  app.get('/api/docs', api, async (_request, reply) => {
    return reply.header('cache-control', 'public, max-age=300').send(openApiDocument());
  });
}
