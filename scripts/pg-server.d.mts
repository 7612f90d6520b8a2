export type PostgresServer = {
  url: string;
  port: number;
  dataDir: string;
  start: () => void;
  kill: () => void;
  stop: (options?: { keep?: boolean }) => void;
};
export function postgresBinDir(): string | null;
export function startPostgres(options?: { port?: number; dir?: string }): Promise<PostgresServer>;
export function createDatabase(url: string, name: string): Promise<string>;
