// A typed door to scripts/pg-temp.mjs (a throwaway PostgreSQL cluster on 127.0.0.1).
export type TTempPg = { url: string; port: number; dir: string; version: string; stop: () => void };

type TPgTempModule = {
  start: (opts?: { log?: (line: string) => void }) => Promise<TTempPg | null>;
};

/** Starts the cluster; null when no PostgreSQL binaries are installed. */
export async function startTempPostgres(log: (line: string) => void): Promise<TTempPg | null> {
  const href = new URL('../../../scripts/pg-temp.mjs', import.meta.url).href;
  const mod = (await import(href)) as TPgTempModule;
  return mod.start({ log });
}
