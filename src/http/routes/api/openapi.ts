import { z } from 'zod';

import { ZFinderInput } from '@/contracts/finder.schema';

const ZError = z.object({ error: z.object({ path: z.string(), message: z.string() }) });
const ZReason = z.object({
  rule: z.string(),
  ok: z.boolean(),
  review: z.boolean().optional(),
  en: z.string(),
  zh: z.string(),
});
const ZFinderOutput = z.object({
  results: z.array(
    z.object({
      program: z.enum(['cas-anso', 'pifi', 'csc', 'bgs']),
      track: z.string(),
      status: z.enum(['eligible', 'ineligible', 'review']),
      categories: z.array(z.enum(['A', 'B', 'C'])).optional(),
      call: z.object({ open: z.boolean(), opensAt: z.string(), closesAt: z.string() }).nullable(),
      reasons: z.array(ZReason),
    }),
  ),
});

let cached: object | undefined;

/** The OpenAPI 3.1 description of /api/v1, its schemas generated from the zod contracts. */
export function openApiDocument(): object {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Jiangxue public API',
      version: '1.0.0',
      description:
        'Scholarship programs for international students in China and the "which scholarships can I get" finder. Dates are Beijing calendar days; instants are UTC. Rate-limited per client address.',
    },
    paths: {
      '/api/v1/programs': {
        get: {
          summary: 'The four programs with their tracks, coverage, documents and published calls',
          responses: {
            '200': {
              description: 'Programs',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/api/v1/programs/{id}': {
        get: {
          summary: 'One program',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: ['cas-anso', 'pifi', 'csc', 'bgs'] },
            },
          ],
          responses: {
            '200': {
              description: 'The program',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '404': {
              description: 'No such program',
              content: { 'application/json': { schema: z.toJSONSchema(ZError) } },
            },
          },
        },
      },
      '/api/v1/finder': {
        post: {
          summary:
            'Every track of the profile’s level: eligible, ineligible or review, with one reason per rule in English and Chinese',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: z.toJSONSchema(ZFinderInput, { io: 'input' }) },
            },
          },
          responses: {
            '200': {
              description: 'Results',
              content: { 'application/json': { schema: z.toJSONSchema(ZFinderOutput) } },
            },
            '400': {
              description: 'A field is wrong; `path` names it, dotted',
              content: { 'application/json': { schema: z.toJSONSchema(ZError) } },
            },
            '429': { description: 'Too many requests' },
          },
        },
      },
    },
  };
  return cached;
}
