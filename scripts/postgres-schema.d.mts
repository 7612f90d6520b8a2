export const SQLITE_SCHEMA: string;
export const POSTGRES_SNAPSHOT: string;
export const POSTGRES_MIGRATIONS: string;
export const POSTGRES_GENERATE_SCHEMA: string;
export function derivePostgresSchema(sqliteText: string, output: string): string;
export function postgresSchemaFor(root: string, file: string): string;
export function writePostgresGenerateSchema(root: string): string;
