export function restoreDatabase(url: string, file: string): Promise<void>;
