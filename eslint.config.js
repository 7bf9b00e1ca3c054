import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Note: the domain must stay pure (STYLE habit 1). dependency-cruiser 18 needs Node 22, so
// the same rule is enforced here with no-restricted-imports, and again by a unit test
// (src/domain/purity.test.ts) that reads every import of src/domain.
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
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'src/domain is pure: no I/O, no framework.' },
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
