import { defineConfig } from 'drizzle-kit';

// One set of migrations for PGlite and PostgreSQL. Generate with `npm run db:generate`,
// commit the SQL, never edit a migration after it is merged.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
  migrations: { prefix: 'timestamp' },
});
