export function postgresMigrationsInStep(): boolean;
export function catchUpPostgresMigrations(name: string, stamp?: string): string | null;
