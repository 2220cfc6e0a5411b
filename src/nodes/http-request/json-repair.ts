/**
 * A forgiving JSON reader for the http-request JSON body, in the spirit of the `json_repair`
 * step Dify runs after rendering variables into the body: raw newlines in strings, single or
 * missing quotes, trailing or missing commas, comments, Python's True/False/None, code fences
 * and unclosed brackets are all accepted. Returns undefined when nothing JSON-like is found.
 */

const CLOSERS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '/': '/', '\\': '\\', '"': '"', "'": "'" };
const LITERALS: Record<string, unknown> = { true: true, false: false, null: null, True: true, False: false, None: null };

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  get ch(): string | undefined {
    return this.s[this.i];
  }

  skip(): void {
    for (;;) {
      while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
      if (this.s.startsWith('//', this.i) || this.ch === '#') {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      } else if (this.s.startsWith('/*', this.i)) {
        const end = this.s.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.s.length : end + 2;
      } else return;
    }
  }

  value(): unknown {
    this.skip();
    const ch = this.ch;
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch !== undefined && Object.hasOwn(CLOSERS, ch)) return this.string();
    return this.bare();
  }

  object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.skip();
      if (this.ch === undefined || this.ch === '}' || this.ch === ']') {
        if (this.ch === '}') this.i++;
        return out;
      }
      if (this.ch === ',') {
        this.i++;
        continue;
      }
      const key = this.ch !== undefined && Object.hasOwn(CLOSERS, this.ch) ? this.string() : this.bareText(':');
      this.skip();
      if (this.ch === ':') this.i++;
      this.skip();
      out[key] = this.ch === ',' || this.ch === '}' || this.ch === undefined ? null : this.value();
    }
  }

  array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    for (;;) {
      this.skip();
      if (this.ch === undefined || this.ch === ']' || this.ch === '}') {
        if (this.ch === ']') this.i++;
        return out;
      }
      if (this.ch === ',') {
        this.i++;
        continue;
      }
      out.push(this.value());
    }
  }

  string(): string {
    const close = CLOSERS[this.ch!]!;
    this.i++;
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== close) {
      const ch = this.s[this.i++]!;
      if (ch !== '\\' || this.i >= this.s.length) {
        out += ch;
        continue;
      }
      const next = this.s[this.i++]!;
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i, this.i + 4))) {
        out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
        this.i += 4;
      } else out += ESCAPES[next] ?? `\\${next}`;
    }
    this.i++;
    return out;
  }

  /** Text up to a delimiter: unquoted keys and values. */
  bareText(...stops: string[]): string {
    const start = this.i;
    while (this.i < this.s.length && !',}]\n'.includes(this.s[this.i]!) && !stops.includes(this.s[this.i]!)) this.i++;
    return this.s.slice(start, this.i).trim();
  }

  /** A number or literal token where one starts (so `1 "b": 2` reads 1), else unquoted text. */
  bare(): unknown {
    const rest = this.s.slice(this.i);
    const token = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|True|False|None)(?=$|[\s,}\]"'#/])/.exec(rest);
    if (token) {
      this.i += token[0].length;
      return Object.hasOwn(LITERALS, token[0]) ? LITERALS[token[0]] : Number(token[0]);
    }
    return this.bareText();
  }
}

/** Parse `text` as JSON, repairing what a person or a template typically breaks. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // repair below
  }
  const fence = /```(?:json)?\s*([\s\S]*?)(?:```|$)/i.exec(text);
  const source = fence ? fence[1]! : text;
  const reader = new Reader(source);
  reader.skip();
  if (reader.ch === undefined) return undefined;
  if (reader.ch !== '{' && reader.ch !== '[' && !Object.hasOwn(CLOSERS, reader.ch)) {
    const bare = reader.bare();
    if (typeof bare !== 'string') return bare;
    const start = source.search(/[{[]/);
    if (start < 0) return undefined;
    reader.i = start;
  }
  return reader.value();
}
