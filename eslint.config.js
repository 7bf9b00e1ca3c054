import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Note: the domain must stay pure (STYLE habit 1), and so must the policies, which decide
// access from what they are given. dependency-cruiser 18 needs Node 22, so the same rule is
// enforced here with no-restricted-imports, and again by unit tests that read every import
// (src/domain/purity.test.ts, src/layers.test.ts).
const impureModules = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'os',
  'crypto',
  'pg',
  'pg-boss',
  '@electric-sql/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'fastify',
  '@fastify/*',
  'nodemailer',
  '@/db/*',
  '@/http/*',
  '@/services/*',
  '@/config/*',
  '@/jobs/*',
  '@/views/*',
];

// Note: the layers (docs/architecture.md). Routes and views never touch the database: they
// get what a service gave them (STYLE habit 8). Views render only: no access decisions (the
// menu's come in the view context, from src/policies), no services or policies called, only
// their types read. src/layers.test.ts proves each rule bites and reads every import again.
const dbModules = {
  regex: '^(@/|(\\.\\./)+)db(/|$)',
  message: 'Only repositories reach the database: call a service (src/services) instead.',
};
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/*.fixture.ts'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'drizzle/**',
      '.test-results/**',
      'storage/**',
      'src/http/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/policies/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/policies/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: impureModules,
              message: 'src/domain and src/policies are pure: no I/O, no framework.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the clock in: domain code takes today/now as an argument.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Pass the clock in.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'The domain is deterministic.',
        },
      ],
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/http/**/*.tsx'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': ['error', { patterns: [dbModules] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='database']",
          message: 'Routes never read deps.database: a service does.',
        },
      ],
    },
  },
  {
    files: ['src/views/**/*.ts', 'src/views/**/*.tsx'],
    ignores: testFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            dbModules,
            {
              regex: '^(@/|(\\.\\./)+)http(/|$)',
              message: 'Views render only: the http layer calls them, never the reverse.',
            },
            {
              regex: '^(@/|(\\.\\./)+)(services|policies)(/|$)',
              allowTypeImports: true,
              message:
                'Views render what they are given: types only from services and policies (the menu comes in ctx.nav).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs', '.ci/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
