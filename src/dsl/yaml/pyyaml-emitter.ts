/**
 * Plain data -> YAML text laid out exactly as PyYAML's `yaml.dump(data, allow_unicode=True)`
 * writes it (block style, keys sorted, two-space indent, lines folded at 80 columns,
 * sequences inside mappings not indented). This is how Dify exports DSL files, so an
 * untouched import exports byte for byte and an edited one diffs cleanly in git.
 *
 * Written from PyYAML's documented emitter behaviour: scalar analysis decides between plain,
 * single-quoted and double-quoted styles; columns count code points, not UTF-16 units.
 */
import { plainResolvesToNonString } from './pyyaml-resolver';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;
const LINE_BREAKS = new Set(['\n', '\x85', '\u2028', '\u2029']);
const WHITESPACE_OR_END = new Set(['\0', ' ', '\t', '\r', '\n', '\x85', '\u2028', '\u2029']);

interface ScalarAnalysis {
  empty: boolean;
  multiline: boolean;
  allowBlockPlain: boolean;
  allowSingleQuoted: boolean;
}

function isPrintableUnicode(cp: number): boolean {
  return cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp < 0x10ffff);
}

export function analyzeScalar(chars: string[], allowUnicode = true): ScalarAnalysis {
  if (chars.length === 0) return { empty: true, multiline: false, allowBlockPlain: true, allowSingleQuoted: true };
  let blockIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false;
  const text = chars.join('');
  if (text.startsWith('---') || text.startsWith('...')) blockIndicators = true;
  let precededByWhitespace = true;
  let followedByWhitespace = chars.length === 1 || WHITESPACE_OR_END.has(chars[1]!);
  let previousSpace = false, previousBreak = false;
  for (let index = 0; index < chars.length; index++) {
    const ch = chars[index]!;
    if (index === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      if ((ch === '?' || ch === ':') && followedByWhitespace) blockIndicators = true;
      if (ch === '-' && followedByWhitespace) blockIndicators = true;
    } else {
      if (ch === ':' && followedByWhitespace) blockIndicators = true;
      if (ch === '#' && precededByWhitespace) blockIndicators = true;
    }
    if (LINE_BREAKS.has(ch)) lineBreaks = true;
    // Deviation from PyYAML: it writes NEL/LS/PS as raw line breaks, which other YAML readers
    // (the `yaml` package among them) do not read back as breaks. Escaping them in double
    // quotes keeps the data exact for every reader.
    if (ch !== '\n' && LINE_BREAKS.has(ch)) specialCharacters = true;
    const cp = ch.codePointAt(0)!;
    if (!(ch === '\n' || (cp >= 0x20 && cp <= 0x7e))) {
      if (!(isPrintableUnicode(cp) && ch !== '\ufeff') || !allowUnicode) specialCharacters = true;
    }
    if (ch === ' ') {
      if (index === 0) leadingSpace = true;
      if (index === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (LINE_BREAKS.has(ch)) {
      if (index === 0) leadingBreak = true;
      if (index === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = WHITESPACE_OR_END.has(ch);
    followedByWhitespace = index + 2 >= chars.length || WHITESPACE_OR_END.has(chars[index + 2]!);
  }
  let allowBlockPlain = true;
  let allowSingleQuoted = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowBlockPlain = false;
  if (breakSpace) allowBlockPlain = allowSingleQuoted = false;
  if (spaceBreak || specialCharacters) allowBlockPlain = allowSingleQuoted = false;
  if (lineBreaks) allowBlockPlain = false;
  if (blockIndicators) allowBlockPlain = false;
  return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted };
}

const ESCAPES: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\x08': 'b', '\t': 't', '\n': 'n', '\x0b': 'v', '\x0c': 'f',
  '\r': 'r', '\x1b': 'e', '"': '"', '\\': '\\', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P',
};

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/** Python's repr() of a float, then PyYAML's tweaks (lower case, `1e-05` -> `1.0e-05`). */
export function pythonFloat(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  if (Object.is(n, -0)) return '-0.0';
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= -5 && exp < 16) {
    if (exp < 0) out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    else if (digits.length <= exp + 1) out = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    else out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : `${digits}.0`;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return negative ? `-${out}` : out;
}

/** A number as Python holds it: integral values are ints (JSON and JS do not keep `1.0`). */
function numberText(n: number): string {
  if (Number.isInteger(n) && !Object.is(n, -0)) return Math.abs(n) < 1e21 ? String(n) : pythonFloat(n);
  return pythonFloat(n);
}

function compareCodePoints(a: string, b: string): number {
  const ca = Array.from(a), cb = Array.from(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

type Context = 'root' | 'sequence' | 'mapping-key' | 'mapping-value';

class PyYamlEmitter {
  constructor(private readonly allowUnicode: boolean) {}

  private readonly out: string[] = [];
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent: number | null = null;
  private readonly indents: (number | null)[] = [];

  result(): string {
    return this.out.join('');
  }

  private write(data: string, length = Array.from(data).length): void {
    this.column += length;
    this.out.push(data);
  }

  private writeLineBreak(data = '\n'): void {
    this.whitespace = true;
    this.indention = true;
    this.column = 0;
    this.out.push(data);
  }

  private writeIndent(): void {
    const indent = this.indent ?? 0;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.writeLineBreak();
    if (this.column < indent) {
      this.whitespace = true;
      this.out.push(' '.repeat(indent - this.column));
      this.column = indent;
    }
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, whitespace = false, indention = false): void {
    const data = this.whitespace || !needWhitespace ? indicator : ` ${indicator}`;
    this.whitespace = whitespace;
    this.indention = this.indention && indention;
    this.write(data);
  }

  private increaseIndent(flow: boolean, indentless = false): void {
    this.indents.push(this.indent);
    if (this.indent === null) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? null;
  }

  node(value: unknown, context: Context): void {
    if (Array.isArray(value)) {
      if (value.length === 0) return this.emptyCollection('[', ']');
      return this.blockSequence(value, context);
    }
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value).sort(compareCodePoints);
      if (keys.length === 0) return this.emptyCollection('{', '}');
      return this.blockMapping(value as Record<string, unknown>, keys);
    }
    this.increaseIndent(true);
    this.scalar(value, context === 'mapping-key');
    this.popIndent();
  }

  private emptyCollection(open: string, close: string): void {
    this.writeIndicator(open, true, true);
    this.increaseIndent(true);
    this.popIndent();
    this.writeIndicator(close, false);
  }

  private blockSequence(items: unknown[], context: Context): void {
    const indentless = (context === 'mapping-key' || context === 'mapping-value') && !this.indention;
    this.increaseIndent(false, indentless);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, 'sequence');
    }
    this.popIndent();
  }

  private blockMapping(map: Record<string, unknown>, keys: string[]): void {
    this.increaseIndent(false);
    for (const key of keys) {
      this.writeIndent();
      const chars = Array.from(key);
      const analysis = analyzeScalar(chars, this.allowUnicode);
      const simple = chars.length < 128 && !analysis.empty && !analysis.multiline;
      if (simple) {
        this.node(key, 'mapping-key');
        this.writeIndicator(':', false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node(key, 'mapping-value');
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(map[key], 'mapping-value');
    }
    this.popIndent();
  }

  private scalar(value: unknown, simpleKey: boolean): void {
    if (typeof value === 'string') return this.string(value, simpleKey);
    let text: string;
    if (value === null || value === undefined) text = 'null';
    else if (typeof value === 'boolean') text = value ? 'true' : 'false';
    else if (typeof value === 'number') text = numberText(value);
    else if (typeof value === 'bigint') text = value.toString();
    else text = String(value);
    this.writePlain(Array.from(text), !simpleKey);
  }

  private string(value: string, simpleKey: boolean): void {
    const chars = Array.from(value);
    const analysis = analyzeScalar(chars, this.allowUnicode);
    const split = !simpleKey;
    const implicit = !plainResolvesToNonString(value);
    if (implicit && !(simpleKey && (analysis.empty || analysis.multiline)) && analysis.allowBlockPlain && !analysis.empty) {
      return this.writePlain(chars, split);
    }
    if (analysis.allowSingleQuoted && !(simpleKey && analysis.multiline)) return this.writeSingleQuoted(chars, split);
    this.writeDoubleQuoted(chars, split);
  }

  private writePlain(text: string[], split: boolean): void {
    if (text.length === 0) return;
    if (!this.whitespace) this.write(' ', 1);
    this.whitespace = false;
    this.indention = false;
    let spaces = false;
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      const ch = end < text.length ? text[end] : undefined;
      if (spaces) {
        if (ch !== ' ') {
          if (start + 1 === end && this.column > BEST_WIDTH && split) {
            this.writeIndent();
            this.whitespace = false;
            this.indention = false;
          } else {
            this.write(text.slice(start, end).join(''), end - start);
          }
          start = end;
        }
      } else if (ch === undefined || ch === ' ' || LINE_BREAKS.has(ch)) {
        this.write(text.slice(start, end).join(''), end - start);
        start = end;
      }
      if (ch !== undefined) spaces = ch === ' ';
    }
  }

  private writeSingleQuoted(text: string[], split: boolean): void {
    this.writeIndicator("'", true);
    let spaces = false, breaks = false;
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      const ch = end < text.length ? text[end] : undefined;
      if (spaces) {
        if (ch !== ' ') {
          if (start + 1 === end && this.column > BEST_WIDTH && split && start !== 0 && end !== text.length) {
            this.writeIndent();
          } else {
            this.write(text.slice(start, end).join(''), end - start);
          }
          start = end;
        }
      } else if (breaks) {
        if (ch === undefined || !LINE_BREAKS.has(ch)) {
          if (text[start] === '\n') this.writeLineBreak();
          for (const br of text.slice(start, end)) this.writeLineBreak(br);
          this.writeIndent();
          start = end;
        }
      } else if (ch === undefined || ch === ' ' || LINE_BREAKS.has(ch) || ch === "'") {
        if (start < end) {
          this.write(text.slice(start, end).join(''), end - start);
          start = end;
        }
      }
      if (ch === "'") {
        this.write("''", 2);
        start = end + 1;
      }
      if (ch !== undefined) {
        spaces = ch === ' ';
        breaks = LINE_BREAKS.has(ch);
      }
    }
    this.writeIndicator("'", false);
  }

  private writeDoubleQuoted(text: string[], split: boolean): void {
    this.writeIndicator('"', true);
    let start = 0;
    for (let end = 0; end <= text.length; end++) {
      const ch = end < text.length ? text[end] : undefined;
      if (ch === undefined || needsEscape(ch, this.allowUnicode)) {
        if (start < end) {
          this.write(text.slice(start, end).join(''), end - start);
          start = end;
        }
        if (ch !== undefined) {
          const cp = ch.codePointAt(0)!;
          const esc = ESCAPES[ch];
          const data = esc !== undefined ? `\\${esc}` : cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
          this.write(data);
          start = end + 1;
        }
      }
      if (end > 0 && end < text.length - 1 && (ch === ' ' || start >= end) && this.column + (end - start) > BEST_WIDTH && split) {
        const data = `${text.slice(start, end).join('')}\\`;
        if (start < end) start = end;
        this.write(data);
        this.writeIndent();
        this.whitespace = false;
        this.indention = false;
        if (text[start] === ' ') this.write('\\', 1);
      }
    }
    this.writeIndicator('"', false);
  }
}

function needsEscape(ch: string, allowUnicode: boolean): boolean {
  if (ch === '"' || ch === '\\' || ch === '\x85' || ch === '\u2028' || ch === '\u2029' || ch === '\ufeff') return true;
  const cp = ch.codePointAt(0)!;
  const printable = (cp >= 0x20 && cp <= 0x7e) || (allowUnicode && ((cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd)));
  return !printable;
}

export interface DumpOptions {
  /** PyYAML's `allow_unicode`. Dify exports with True; some older exports escaped all non-ASCII. */
  allowUnicode?: boolean;
}

/** Dump `data` as `yaml.dump(data, allow_unicode=True)` would. */
export function dumpPyYaml(data: unknown, options: DumpOptions = {}): string {
  const emitter = new PyYamlEmitter(options.allowUnicode ?? true);
  emitter.node(data, 'root');
  const text = emitter.result();
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Guess the `allow_unicode` setting a file was written with: all-ASCII text with \\u escapes. */
export function detectAllowUnicode(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) || !/\\[uU][0-9A-F]{4}/.test(text);
}
