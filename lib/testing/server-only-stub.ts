// Stands in for the `server-only` marker package when server modules are run by Vitest.
export {};
