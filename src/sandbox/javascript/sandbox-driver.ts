/**
 * What every fresh QuickJS context gets before the user's code runs.
 *
 * The host keeps handles to the intrinsics it needs (JSON.parse, JSON.stringify, String), taken
 * before the code runs, so code that replaces `JSON.stringify` or `Array.prototype.push` cannot
 * break the calling convention. QuickJS parses slowly (about 0.1 µs per character in this
 * build), so the only script evaluated per call is the short one below.
 *
 * What exists inside: ES built-ins and `console` (console-shim.ts) only. No Buffer, timers,
 * fetch, require, process, Atomics or module loading: code that uses them fails with
 * "'X' is not defined".
 *
 * QuickJS checks the interrupt handler (the deadline) while bytecode runs and in the regex
 * engine, not inside native loops: `a.length = 2**32 - 1; a.indexOf(1)` would loop 4 billion
 * times in C and never stop. So the Array.prototype methods that walk `0..length` natively (and
 * Array.from) refuse an array-like longer than MAX_NATIVE_LENGTH with a RangeError. No dense
 * array that long fits in the memory cap, so only sparse arrays and fake array-likes hit it.
 * The wrapped methods keep their names; their `length` property reads 0.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';

export const DRIVER_FILE = 'sandbox-driver.js';
export const USER_FILE = 'user-code.js';

/** 2^24: 16,777,216 elements of 8 bytes already fill the default memory cap. */
export const MAX_NATIVE_LENGTH = 2 ** 24;

/** Array methods whose native loop over `length` runs without interrupt checks ('concat' first: it also checks its arguments). */
const WALKING_METHODS =
  'concat,copyWithin,every,fill,filter,find,findIndex,findLast,findLastIndex,flat,flatMap,forEach,includes,' +
  'indexOf,join,lastIndexOf,map,reduce,reduceRight,reverse,shift,slice,some,sort,splice,toLocaleString,' +
  'toReversed,toSorted,toSpliced,toString,unshift,with';

// Kept short on purpose (parse cost). Returns describe(thrown): [name, message, stack] for an
// Error, null for anything else.
const DRIVER_SOURCE = `(function (P, A, E, R, L) {
var apply = Reflect.apply;
function check(v) {
  if (v != null && v.length > L) throw new R('an array-like of length ' + v.length + ' is too long for the sandbox (limit ' + L + ')');
}
function guard(o, n, all) {
  var f = o[n];
  o[n] = { [n]: function () {
    check(this);
    if (all) for (var i = 0; i < arguments.length; i++) check(arguments[i]);
    return apply(f, this, arguments);
  } }[n];
}
var names = '${WALKING_METHODS}'.split(',');
for (var i = 0; i < names.length; i++) guard(P, names[i], i === 0);
guard(A, 'from', true);
return function (e) {
  if (!(e instanceof E)) return null;
  var r = ['', '', ''];
  try { r[0] = '' + e.name; } catch (x) {}
  try { r[1] = '' + e.message; } catch (x) {}
  try { if (typeof e.stack === 'string') r[2] = e.stack; } catch (x) {}
  return r;
};
})(Array.prototype, Array, Error, RangeError, ${MAX_NATIVE_LENGTH})`;

export interface Driver {
  parse: QuickJSHandle;
  stringify: QuickJSHandle;
  toText: QuickJSHandle;
  describe: QuickJSHandle;
}

/**
 * Installs the driver in `context`; every handle it creates is pushed onto `owned` (the caller
 * disposes them). Throws a host Error if the driver itself fails, which only a broken module does.
 */
export function installDriver(context: QuickJSContext, owned: QuickJSHandle[]): Driver {
  const take = (owner: QuickJSHandle, key: string): QuickJSHandle => {
    const handle = context.getProp(owner, key);
    owned.push(handle);
    return handle;
  };
  const json = take(context.global, 'JSON');
  const parse = take(json, 'parse');
  const stringify = take(json, 'stringify');
  const toText = take(context.global, 'String');
  const made = context.evalCode(DRIVER_SOURCE, DRIVER_FILE, { strict: true });
  if (made.error) {
    owned.push(made.error);
    throw new Error('the sandbox driver failed to start');
  }
  owned.push(made.value);
  return { parse, stringify, toText, describe: made.value };
}

/** `fn(value)` as a string, or null when it throws or gives something else. */
export function callForText(context: QuickJSContext, fn: QuickJSHandle, value: QuickJSHandle): string | null {
  const result = context.callFunction(fn, context.undefined, value);
  if (result.error) {
    result.error.dispose();
    return null;
  }
  try {
    return context.typeof(result.value) === 'string' ? context.getString(result.value) : null;
  } finally {
    result.value.dispose();
  }
}

/** Text for any value: JSON for objects, String() otherwise, a placeholder when both fail. */
export function valueText(context: QuickJSContext, driver: Driver, value: QuickJSHandle): string {
  const type = context.typeof(value);
  if (type === 'string') return context.getString(value);
  const json = type === 'object' ? callForText(context, driver.stringify, value) : null;
  return json ?? callForText(context, driver.toText, value) ?? '[unprintable value]';
}

export interface ThrownValue {
  isError: boolean;
  name: string;
  message: string;
  stack: string;
}

/** Reads what the code threw; null when even that fails (no memory left, interrupted). */
export function describeThrown(context: QuickJSContext, driver: Driver, thrown: QuickJSHandle): ThrownValue | null {
  const described = context.callFunction(driver.describe, context.undefined, thrown);
  if (described.error) {
    described.error.dispose();
    return null;
  }
  try {
    // Not context.getLength: its cached view of wasm memory goes stale once the memory grew.
    if (context.typeof(described.value) !== 'object' || context.sameValue(described.value, context.null)) {
      const type = context.typeof(thrown);
      const message = type === 'string' ? JSON.stringify(context.getString(thrown)) : valueText(context, driver, thrown);
      return { isError: false, name: '', message, stack: '' };
    }
    const part = (index: number): string => {
      const handle = context.getProp(described.value, index);
      try {
        return context.typeof(handle) === 'string' ? context.getString(handle) : '';
      } finally {
        handle.dispose();
      }
    };
    return { isError: true, name: part(0), message: part(1), stack: part(2) };
  } finally {
    described.value.dispose();
  }
}
