/**
 * Implicit scalar resolution as PyYAML's SafeLoader does it (YAML 1.1).
 *
 * Dify reads DSL files with `yaml.safe_load` and writes them with `yaml.dump`, so these
 * regular expressions decide both how we read a plain scalar and whether a string has to be
 * quoted when we write it. They differ from YAML 1.2 and from the `yaml` package's 1.1
 * schema: `y`/`n` are strings, `1e5` (no dot) is a string, `0.6` is a float, `012` is octal.
 */

export const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
export const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
export const INT_RE =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
export const NULL_RE = /^(?:~|null|Null|NULL|)$/;
export const TIMESTAMP_RE =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
const MERGE_RE = /^(?:<<)$/;
const VALUE_RE = /^(?:=)$/;

/** True when PyYAML would read `text`, written plain, as something other than a string. */
export function plainResolvesToNonString(text: string): boolean {
  return (
    BOOL_RE.test(text) ||
    FLOAT_RE.test(text) ||
    INT_RE.test(text) ||
    NULL_RE.test(text) ||
    TIMESTAMP_RE.test(text) ||
    MERGE_RE.test(text) ||
    VALUE_RE.test(text)
  );
}

export function resolveBool(text: string): boolean {
  return /^(?:yes|true|on)$/i.test(text);
}

function sexagesimal(body: string): number {
  let value = 0;
  for (const part of body.split(':')) value = value * 60 + Number(part);
  return value;
}

export function resolveInt(text: string): number {
  let body = text.replace(/_/g, '');
  let sign = 1;
  if (body[0] === '-') sign = -1;
  if (body[0] === '-' || body[0] === '+') body = body.slice(1);
  if (body === '0') return 0;
  if (body.startsWith('0b')) return sign * parseInt(body.slice(2), 2);
  if (body.startsWith('0x')) return sign * parseInt(body.slice(2), 16);
  if (body.startsWith('0')) return sign * parseInt(body.slice(1), 8);
  if (body.includes(':')) return sign * sexagesimal(body);
  return sign * Number(body);
}

export function resolveFloat(text: string): number {
  let body = text.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (body[0] === '-') sign = -1;
  if (body[0] === '-' || body[0] === '+') body = body.slice(1);
  if (body === '.inf') return sign * Infinity;
  if (body === '.nan') return NaN;
  if (body.includes(':')) return sign * sexagesimal(body);
  return sign * Number(body.endsWith('.') ? body.slice(0, -1) : body);
}
