export const DEFAULT_URL: string;
export function isPostgresUrl(url: string | undefined): boolean;
export function sqlitePath(url: string): string;
export function pgTool(name: string): string;
export function backupDatabase(url: string, file: string): Promise<{ file: string; bytes: number }>;
