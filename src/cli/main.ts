// `npx jiangxue <command>`: one JSON document on stdin, one on stdout. Bad input exits 2 with
// `{ "error": { "path", "message" } }`; the commands are the same functions /api/v1 serves.
import { commands } from './commands';
import { runCommand } from './run-command';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const name = process.argv[2] ?? '';
const text = await readStdin();
const { exitCode, output } = runCommand(commands, name, text);
process.stdout.write(JSON.stringify(output, null, 2) + '\n');
process.exitCode = exitCode;
