/**
 * What the code's `console` wrote, with a cap on lines and on total characters. Past the cap one
 * last line says so and the rest is dropped (the code keeps running: logging is not an error).
 */

export type LogLevel = 'log' | 'info' | 'debug' | 'warn' | 'error' | 'note';

export interface LogLimits {
  maxLines: number;
  /** Total characters (UTF-16 code units) over all lines. */
  maxChars: number;
}

export const DEFAULT_LOG_LIMITS: LogLimits = { maxLines: 1000, maxChars: 1024 * 1024 };
export const TRUNCATED_LINE = '...truncated';

/** warn and error are marked; `note` lines come from the sandbox itself, not from the code. */
const PREFIX: Record<LogLevel, string> = {
  log: '',
  info: '',
  debug: '',
  warn: '[warn] ',
  error: '[error] ',
  note: '[sandbox] ',
};

export class LogCollector {
  readonly lines: string[] = [];
  private chars = 0;
  private truncated = false;

  constructor(private readonly limits: LogLimits = DEFAULT_LOG_LIMITS) {}

  /** True once the cap is reached: further lines are dropped (callers may skip formatting them). */
  get full(): boolean {
    return this.truncated;
  }

  add(level: LogLevel, text: string): void {
    if (this.truncated) return;
    const line = PREFIX[level] + text;
    const room = this.limits.maxChars - this.chars;
    if (this.lines.length >= this.limits.maxLines || room <= 0) {
      this.truncate();
      return;
    }
    if (line.length > room) {
      this.lines.push(line.slice(0, room));
      this.chars += room;
      this.truncate();
      return;
    }
    this.lines.push(line);
    this.chars += line.length;
  }

  private truncate(): void {
    this.truncated = true;
    this.lines.push(TRUNCATED_LINE);
  }
}
