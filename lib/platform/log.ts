import { formatWithOptions } from "node:util";
import { maskText, maskValue } from "./security/mask";

export type LogLevel = "debug" | "info" | "warn" | "error";

type Sink = (level: LogLevel, line: string) => void;

type ConsoleMethod = (...args: unknown[]) => void;

// The console's own methods, captured before `guardConsole` wraps them, so the logger never
// masks twice or loops through its own guard.
const original: Record<LogLevel, ConsoleMethod> = {
  debug: console.debug.bind(console),
  info: console.log.bind(console),
  warn: console.warn.bind(console),
  error: console.error.bind(console),
};

let sink: Sink = (level, line) => original[level](line);

/** Formats console-style arguments into one masked line (objects and errors included). */
export function formatLogLine(args: unknown[]): string {
  const masked = args.map((arg) => (typeof arg === "string" ? arg : maskValue(arg)));
  return maskText(formatWithOptions({ colors: false, depth: 6, breakLength: Infinity }, ...masked));
}

function write(level: LogLevel, args: unknown[]): void {
  sink(level, formatLogLine(args));
}

/**
 * The server's logger: every line has phone numbers, e-mail and street addresses, tokens, API
 * keys and secrets masked before it reaches stdout/stderr.
 */
export const log = {
  debug: (...args: unknown[]) => write("debug", args),
  info: (...args: unknown[]) => write("info", args),
  warn: (...args: unknown[]) => write("warn", args),
  error: (...args: unknown[]) => write("error", args),
};

/** Redirects log lines (tests capture them); returns a function that restores the sink. */
export function setLogSink(next: Sink): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}

let guarded = false;

/**
 * Routes the process's console through the masking logger, so lines written by libraries and
 * by Next itself (a failed render, a crashed route) are masked too. Called once at start.
 */
export function guardConsole(): void {
  if (guarded) return;
  guarded = true;
  console.log = (...args: unknown[]) => write("info", args);
  console.info = (...args: unknown[]) => write("info", args);
  console.debug = (...args: unknown[]) => write("debug", args);
  console.warn = (...args: unknown[]) => write("warn", args);
  console.error = (...args: unknown[]) => write("error", args);
}
