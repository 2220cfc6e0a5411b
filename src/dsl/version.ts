/** DSL version rules, as Dify's importer applies them (dify-dsl.md 1.7). */

export const CURRENT_DSL_VERSION = '0.6.0';
export const OLDEST_DSL_VERSION = '0.1.0';

/** completed: imports as is. completed-with-warnings: older minor, imports with a caution.
 *  pending: newer, or another major: the user must confirm. */
export type ImportStatus = 'completed' | 'completed-with-warnings' | 'pending';

export type VersionCheck =
  | { ok: true; version: string; status: ImportStatus; message?: string }
  | { ok: false; message: string };

const VERSION_RE = /^(\d+)\.(\d+)\.(\d+)$/;

function parts(v: string): [number, number, number] {
  const m = VERSION_RE.exec(v)!;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function checkVersion(raw: unknown): VersionCheck {
  if (raw === undefined || raw === null) {
    return { ok: true, version: OLDEST_DSL_VERSION, status: 'completed-with-warnings', message: `The file has no version; it is read as DSL ${OLDEST_DSL_VERSION}.` };
  }
  if (typeof raw !== 'string') {
    return { ok: false, message: `Invalid version type: version must be a string such as '${CURRENT_DSL_VERSION}', but it is the ${typeof raw} ${JSON.stringify(raw)} (quote it in the YAML)` };
  }
  if (!VERSION_RE.test(raw)) {
    return { ok: false, message: `Invalid version '${raw}': expected major.minor.patch, such as '${CURRENT_DSL_VERSION}'` };
  }
  const [maj, min, pat] = parts(raw);
  const [cMaj, cMin, cPat] = parts(CURRENT_DSL_VERSION);
  const newer = maj > cMaj || (maj === cMaj && (min > cMin || (min === cMin && pat > cPat)));
  if (newer || maj < cMaj) {
    return {
      ok: true, version: raw, status: 'pending',
      message: `This file is DSL ${raw}; Flowpad knows DSL up to ${CURRENT_DSL_VERSION}. It may hold data Flowpad does not understand. Import anyway?`,
    };
  }
  if (min < cMin) {
    return { ok: true, version: raw, status: 'completed-with-warnings', message: `This file is DSL ${raw}, older than ${CURRENT_DSL_VERSION}. It imports as it is; nothing is migrated.` };
  }
  return { ok: true, version: raw, status: 'completed' };
}
