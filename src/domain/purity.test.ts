import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

// STYLE habit 1: src/domain does no I/O. ESLint's no-restricted-imports says the
// same; this test holds even if the lint config changes.
const domainDir = fileURLToPath(new URL('.', import.meta.url));
const ALLOWED_PACKAGES = ['zod', 'luxon', 'i18n-iso-countries', 'lunar-javascript', 'tldts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function importsOf(code: string): string[] {
  const specs = [...code.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  const dynamic = [...code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  const bare = [...code.matchAll(/^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return [...specs, ...dynamic, ...bare];
}

describe('domain purity', () => {
  it('src/domain imports only itself and pure packages', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(domainDir)) {
      const code = readFileSync(file, 'utf8');
      for (const spec of importsOf(code)) {
        const isRelative = spec.startsWith('.');
        const isDomainAlias = spec.startsWith('@/domain/');
        const isAllowedPackage = ALLOWED_PACKAGES.some(
          (p) => spec === p || spec.startsWith(`${p}/`),
        );
        if (!isRelative && !isDomainAlias && !isAllowedPackage)
          offenders.push(`${relative(domainDir, file)} → ${spec}`);
      }
      if (/\bnew Date\(\s*\)|Date\.now\(|Math\.random\(|process\./.test(code))
        offenders.push(`${relative(domainDir, file)} reads the clock, randomness or the process`);
    }
    expect(offenders).toEqual([]);
  });
});
