import type { ZodError } from 'zod';

/** The public error shape of the JSON contracts (CLI and `/api/v1`): `{ error: { path, message } }`. */
export type TContractError = { error: { path: string; message: string } };

/**
 * Turns the first zod issue into the contract's error, with a dotted path.
 * @example toContractError(err) // { error: { path: 'candidates.0.score', message: 'Expected number, received string' } }
 */
export function toContractError(err: ZodError): TContractError {
  const issue = err.issues[0];
  if (!issue) return { error: { path: '', message: 'Invalid input' } };
  return { error: { path: issue.path.map(String).join('.'), message: issue.message } };
}
