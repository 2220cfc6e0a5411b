/**
 * Values printed the way Dify's Python engine prints them: `str()` and `repr()` of Python
 * objects, and `json.dumps(..., ensure_ascii=False)` with its default separators.
 * JS numbers cannot tell 1 from 1.0: integral numbers print as Python ints.
 */

function pyFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  // JS cannot tell 3 from 3.0; below 1e16 we print ints, above it Python's float form.
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return `${sign}${int}.${frac || '0'}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Python's repr() of a str: single quotes unless the text has ' and no ". */
export function pythonStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** Python's repr(). */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyFloat(value);
  if (typeof value === 'string') return pythonStrRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pythonStrRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
  }
  return String(value);
}

/** Python's str(): like repr() except that a str prints bare. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

/** `json.dumps(value, ensure_ascii=False)` (indent: `indent=2`). */
export function pythonJsonDumps(value: unknown, indent?: number): string {
  if (indent === undefined) {
    const walk = (v: unknown): string => {
      if (v === null || v === undefined) return 'null';
      if (typeof v === 'number') return Number.isFinite(v) ? pyFloat(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
      if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${v.map(walk).join(', ')}]`;
      if (typeof v === 'object') return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${walk(x)}`).join(', ')}}`;
      return JSON.stringify(String(v));
    };
    return walk(value);
  }
  return JSON.stringify(value, null, indent) ?? 'null';
}
