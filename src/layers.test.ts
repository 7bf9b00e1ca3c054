import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers of docs/architecture.md, held two ways: the lint rules of eslint.config.js must
// bite (a file that breaks them fails `npm run lint`), and every import of the tree is read
// again here, so the rule holds even if the lint config changes.
const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

const eslint = new ESLint({ cwd: root });

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const isRestricted = (messages: string[]) =>
  messages.some((m) => /no-restricted-(imports|syntax)/.test(m));

describe('lint: routes and views never touch the database', () => {
  it.each([
    [
      'src/http/routes/applications/x.route.ts',
      "import { findCall } from '@/db/repositories/call.repository';",
    ],
    ['src/http/routes/applications/x.route.ts', "import type { TDb } from '@/db/client';"],
    ['src/http/routes/applications/x.route.ts', "import { calls } from '../../../db/schema';"],
    ['src/http/app.ts', "import { openDatabase } from '@/db/client';"],
    [
      'src/views/pages/x-page.tsx',
      "import type { TApplicationRow } from '@/db/repositories/application.repository';",
    ],
    [
      'src/views/pages/x-page.tsx',
      "import { listCalls } from '../../db/repositories/call.repository';",
    ],
  ])('%s importing the database fails: %s', async (file, code) => {
    expect(isRestricted(await lint(file, `${code}\nexport {};\n`))).toBe(true);
  });

  it('a route reading deps.database fails', async () => {
    const code = 'export const f = (app: { deps: { database: unknown } }) => app.deps.database;\n';
    expect(isRestricted(await lint('src/http/routes/x.route.ts', code))).toBe(true);
  });

  it('a route calling a service passes', async () => {
    const code =
      "import { getSubmitPage } from '@/services/applications/get-submit-page';\nexport const f = getSubmitPage;\n";
    expect(await lint('src/http/routes/x.route.ts', code)).toEqual([]);
  });

  it('tests and fixtures beside routes may set up the database', async () => {
    const code = "import { calls } from '@/db/schema';\nexport const f = calls;\n";
    expect(await lint('src/http/routes/x.int.test.ts', code)).toEqual([]);
    expect(await lint('src/http/routes/x.fixture.ts', code)).toEqual([]);
  });
});

describe('lint: the policies are pure', () => {
  it.each([
    "import { findCall } from '@/db/repositories/call.repository';",
    "import { AppError } from '@/services/app-error';",
    "import { readFileSync } from 'node:fs';",
  ])('a policy importing I/O fails: %s', async (code) => {
    expect(isRestricted(await lint('src/policies/x.ts', `${code}\nexport {};\n`))).toBe(true);
  });
});

describe('lint: views decide no access', () => {
  it.each([
    "import { can } from '@/policies/access';",
    "import { hasRole } from '@/policies/actor';",
    "import { listDocuments } from '@/services/documents/list-documents';",
    "import { renderPage } from '@/http/render';",
  ])('a view importing a value fails: %s', async (code) => {
    expect(isRestricted(await lint('src/views/pages/x-page.tsx', `${code}\nexport {};\n`))).toBe(
      true,
    );
  });

  it('a view reading the types of what a service gave it passes', async () => {
    const code =
      "import type { TSubmitPage } from '@/services/applications/get-submit-page';\nimport type { TNavigation } from '@/policies/navigation';\nexport type T = [TSubmitPage, TNavigation];\n";
    expect(await lint('src/views/pages/x-page.tsx', code)).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.(test|fixture)\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Each import of a file with its target: a path under src for aliases and relative paths. */
function importsOf(file: string): { spec: string; target: string; isTypeOnly: boolean }[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => {
      const spec = m[2]!;
      const target = spec.startsWith('@/')
        ? join(src, spec.slice(2))
        : spec.startsWith('.')
          ? resolve(file, '..', spec)
          : spec;
      return { spec, target, isTypeOnly: Boolean(m[1]) };
    },
  );
}

const under = (target: string, dir: string) =>
  relative(join(src, dir), target).split('/')[0] !== '..';

describe('the tree keeps the layers', () => {
  it('nothing under src/http or src/views imports src/db', () => {
    const offenders = [...sourceFiles(join(src, 'http')), ...sourceFiles(join(src, 'views'))]
      .flatMap((file) => importsOf(file).map((i) => ({ file, ...i })))
      .filter((i) => under(i.target, 'db'))
      .map((i) => `${relative(root, i.file)} → ${i.spec}`);
    expect(offenders).toEqual([]);
  });

  it('src/policies imports only itself and the domain', () => {
    const offenders = sourceFiles(join(src, 'policies'))
      .flatMap((file) => importsOf(file).map((i) => ({ file, ...i })))
      .filter((i) => !under(i.target, 'policies') && !under(i.target, 'domain'))
      .map((i) => `${relative(root, i.file)} → ${i.spec}`);
    expect(offenders).toEqual([]);
  });

  it('views take only types from services and policies, and nothing from http', () => {
    const offenders = sourceFiles(join(src, 'views'))
      .flatMap((file) => importsOf(file).map((i) => ({ file, ...i })))
      .filter(
        (i) =>
          under(i.target, 'http') ||
          ((under(i.target, 'services') || under(i.target, 'policies')) && !i.isTypeOnly),
      )
      .map((i) => `${relative(root, i.file)} → ${i.spec}`);
    expect(offenders).toEqual([]);
  });
});
