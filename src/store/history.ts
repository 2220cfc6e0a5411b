/**
 * Undo and redo over document snapshots (dify-dsl.md 6.4, tldraw's marks): each entry holds
 * the document before and after one edit. Consecutive pushes with the same group key within a
 * second merge into one entry (typing in a panel, the frames of one drag). Snapshots share
 * structure, so keeping them is cheap.
 */
import type { DslDocument } from '../dsl';

export interface HistoryEntry {
  label: string;
  before: DslDocument;
  after: DslDocument;
  groupKey?: string;
  /** When the entry last changed (for grouping). */
  at: number;
}

/** What a history list shows: every entry's label and how many of them are applied. */
export interface HistoryView {
  labels: readonly string[];
  position: number;
}

export interface HistoryOptions {
  limit?: number;
  groupWindowMs?: number;
  clock?: () => number;
}

export const HISTORY_LIMIT = 200;
export const GROUP_WINDOW_MS = 1000;

/** Deep equality of plain JSON-like data; shared references short-circuit. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export class DocumentHistory {
  private entries: HistoryEntry[] = [];
  private position = 0;
  private readonly limit: number;
  private readonly window: number;
  private readonly clock: () => number;
  private grouping = true;

  constructor(options: HistoryOptions = {}) {
    this.limit = options.limit ?? HISTORY_LIMIT;
    this.window = options.groupWindowMs ?? GROUP_WINDOW_MS;
    this.clock = options.clock ?? Date.now;
  }

  /** Records an edit; returns false when it changed nothing and was not recorded. */
  push(label: string, before: DslDocument, after: DslDocument, groupKey?: string): boolean {
    const now = this.clock();
    const last = this.entries[this.position - 1];
    const merges = groupKey !== undefined && this.grouping && last?.groupKey === groupKey
      && this.position === this.entries.length && now - last.at <= this.window && last.after === before;
    if (merges && last) {
      if (sameData(last.before, after)) {
        this.entries.pop();
        this.position--;
      } else {
        this.entries[this.position - 1] = { ...last, label, after, at: now };
      }
      return true;
    }
    this.grouping = true;
    if (sameData(before, after)) return false;
    this.entries.splice(this.position);
    this.entries.push({ label, before, after, at: now, ...(groupKey !== undefined ? { groupKey } : {}) });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    this.position = this.entries.length;
    return true;
  }

  /** The next push starts a new entry even with the same group key (end of a gesture). */
  breakGroup(): void {
    this.grouping = false;
  }

  get canUndo(): boolean {
    return this.position > 0;
  }

  get canRedo(): boolean {
    return this.position < this.entries.length;
  }

  /** The document before the last applied entry, or undefined when there is nothing to undo. */
  undo(): DslDocument | undefined {
    if (!this.canUndo) return undefined;
    this.position--;
    this.grouping = false;
    return this.entries[this.position]!.before;
  }

  redo(): DslDocument | undefined {
    if (!this.canRedo) return undefined;
    const entry = this.entries[this.position]!;
    this.position++;
    this.grouping = false;
    return entry.after;
  }

  clear(): void {
    this.entries = [];
    this.position = 0;
  }

  view(): HistoryView {
    return { labels: this.entries.map((e) => e.label), position: this.position };
  }
}
