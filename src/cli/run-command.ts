import { ZodError } from 'zod';

import { toContractError, type TContractError } from '@/contracts/contract-error';

/** A JSON command: validates its own input (zod) and returns the output document. */
export type TCommand = (input: unknown) => unknown;

export type TCommandRun = { exitCode: 0 | 2; output: unknown };

function fail(path: string, message: string): TCommandRun {
  const output: TContractError = { error: { path, message } };
  return { exitCode: 2, output };
}

/**
 * Parses `text` as JSON and runs the named command. Every input problem (unknown command,
 * bad JSON, a field zod rejects) exits 2 with the contract's error; a bug still throws.
 */
export function runCommand(
  commands: Record<string, TCommand>,
  name: string,
  text: string,
): TCommandRun {
  const command = commands[name];
  if (!command)
    return fail('', `Unknown command "${name}". Use one of: ${Object.keys(commands).join(', ')}`);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return fail('', `Standard input is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return { exitCode: 0, output: command(input) };
  } catch (err) {
    if (err instanceof ZodError) return { exitCode: 2, output: toContractError(err) };
    throw err;
  }
}
