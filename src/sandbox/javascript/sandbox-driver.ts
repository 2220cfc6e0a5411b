/**
 * The small script that runs in every fresh QuickJS context before the user's code. It keeps
 * the intrinsics it needs (JSON.parse/stringify, String, Error, Promise) in a closure, so code
 * that replaces `JSON.stringify` or `Array.prototype.push` cannot break the calling convention,
 * installs `console`, and hands the host three functions:
 *
 * - `callMain(inputsJson)`: `main(JSON.parse(inputsJson))`, called synchronously like Dify.
 *   `main` is looked up when called, so `function main`, `const main = ...` and a `main` the
 *   code reassigns all work, and a missing one is "ReferenceError: main is not defined".
 * - `toJson(value)`: JSON.stringify inside QuickJS (getters and toJSON run under the deadline).
 * - `describe(thrown)`: `[isError, name, message, stack]` of anything thrown.
 *
 * What exists inside: ES built-ins and this `console` only. No Buffer, timers, fetch, require,
 * process or module loading: code that uses them fails with "X is not defined".
 *
 * QuickJS checks the interrupt handler (the deadline) only while bytecode runs and in the regex
 * engine, not inside native loops. `a.length = 2**32 - 1; a.indexOf(1)` would loop 4 billion
 * times in C and never stop. So the Array.prototype methods that walk `0..length` natively (and
 * Array.from) refuse an array-like longer than MAX_NATIVE_LENGTH with a RangeError: no dense
 * array that long fits in the memory cap, so only sparse arrays and fake array-likes hit it.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { isLogLevel, type LogCollector } from './log-collector';

export const DRIVER_FILE = 'sandbox-driver.js';
export const USER_FILE = 'user-code.js';

/** 2^24: 16,777,216 elements of 8 bytes are already the whole default memory cap. */
export const MAX_NATIVE_LENGTH = 2 ** 24;

/** Array methods whose native loop over `length` runs without interrupt checks. */
const WALKING_METHODS = [
  'concat', 'copyWithin', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex',
  'flat', 'flatMap', 'forEach', 'includes', 'indexOf', 'join', 'lastIndexOf', 'map', 'reduce',
  'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toLocaleString',
  'toReversed', 'toSorted', 'toSpliced', 'toString', 'unshift', 'with',
];

export const PROMISE_NOTE =
  'main returned a Promise: like Dify, the sandbox does not await it, so the result is serialised as {}';

const DRIVER_SOURCE = `(function (emit) {
  'use strict';
  var parse = JSON.parse, stringify = JSON.stringify, toText = String;
  var ErrorType = Error, PromiseType = Promise, RangeErrorType = RangeError;
  var apply = Reflect.apply, define = Object.defineProperty;
  function tooLong(value) {
    return value !== null && value !== undefined && value.length > ${MAX_NATIVE_LENGTH};
  }
  function refuse(value) {
    throw new RangeErrorType('an array-like of length ' + value.length + ' is too long for the sandbox (limit ${MAX_NATIVE_LENGTH})');
  }
  function guard(owner, name, checkArguments) {
    var original = owner[name];
    if (typeof original !== 'function') return;
    var guarded = function () {
      if (tooLong(this)) refuse(this);
      if (checkArguments) for (var i = 0; i < arguments.length; i++) if (tooLong(arguments[i])) refuse(arguments[i]);
      return apply(original, this, arguments);
    };
    define(guarded, 'name', { value: name });
    define(guarded, 'length', { value: original.length });
    define(owner, name, { value: guarded, writable: true, configurable: true, enumerable: false });
  }
  var walking = ${JSON.stringify(WALKING_METHODS)};
  for (var w = 0; w < walking.length; w++) guard(Array.prototype, walking[w], walking[w] === 'concat');
  guard(Array, 'from', true);
  function fallbackText(value) {
    try { return toText(value); } catch (e) { return '[unprintable value]'; }
  }
  function format(value) {
    if (typeof value === 'string') return value;
    try {
      if (value instanceof ErrorType) {
        var stack = value.stack;
        return typeof stack === 'string' && stack ? toText(value) + '\\n' + stack : toText(value);
      }
      if (value !== null && typeof value === 'object') {
        var json = stringify(value);
        if (json !== undefined) return json;
      }
    } catch (e) {}
    return fallbackText(value);
  }
  function writer(level) {
    return function () {
      var text = '';
      for (var i = 0; i < arguments.length; i++) text += (i === 0 ? '' : ' ') + format(arguments[i]);
      emit(level, text);
    };
  }
  globalThis.console = {
    log: writer('log'), info: writer('info'), debug: writer('debug'),
    warn: writer('warn'), error: writer('error'),
  };
  function callMain(inputsJson) {
    return main(parse(inputsJson));
  }
  function toJson(value) {
    if (value instanceof PromiseType) emit('note', ${JSON.stringify(PROMISE_NOTE)});
    return stringify(value);
  }
  function describe(thrown) {
    try {
      if (thrown instanceof ErrorType) {
        var stack = thrown.stack;
        return [true, toText(thrown.name), toText(thrown.message), typeof stack === 'string' ? stack : ''];
      }
      var text = typeof thrown === 'object' && thrown !== null || typeof thrown === 'string' ? stringify(thrown) : undefined;
      return [false, '', text === undefined ? fallbackText(thrown) : text, ''];
    } catch (e) {
      return [false, '', fallbackText(thrown), ''];
    }
  }
  return [callMain, toJson, describe];
})`;

export interface Driver {
  callMain: QuickJSHandle;
  toJson: QuickJSHandle;
  describe: QuickJSHandle;
}

/**
 * Installs the driver in `context`; every handle it creates is pushed onto `owned` (the caller
 * disposes them). Throws a host Error if the driver itself fails, which only a broken module does.
 */
export function installDriver(context: QuickJSContext, logs: LogCollector, owned: QuickJSHandle[]): Driver {
  const emit = context.newFunction('emit', (levelHandle, textHandle) => {
    const level = context.getString(levelHandle);
    logs.add(isLogLevel(level) ? level : 'log', context.getString(textHandle));
  });
  owned.push(emit);
  const factory = context.evalCode(DRIVER_SOURCE, DRIVER_FILE, { strict: true });
  if (factory.error) {
    owned.push(factory.error);
    throw new Error('the sandbox driver failed to compile');
  }
  owned.push(factory.value);
  const made = context.callFunction(factory.value, context.undefined, emit);
  if (made.error) {
    owned.push(made.error);
    throw new Error('the sandbox driver failed to start');
  }
  owned.push(made.value);
  const part = (index: number): QuickJSHandle => {
    const handle = context.getProp(made.value, index);
    owned.push(handle);
    return handle;
  };
  return { callMain: part(0), toJson: part(1), describe: part(2) };
}

export interface ThrownValue {
  isError: boolean;
  name: string;
  message: string;
  stack: string;
}

/** Reads what the code threw, through the driver; null when even that fails (no memory left, interrupted). */
export function describeThrown(context: QuickJSContext, driver: Driver, thrown: QuickJSHandle): ThrownValue | null {
  const described = context.callFunction(driver.describe, context.undefined, thrown);
  if (described.error) {
    described.error.dispose();
    return null;
  }
  try {
    const read = (index: number): string => {
      const handle = context.getProp(described.value, index);
      try {
        return context.typeof(handle) === 'string' ? context.getString(handle) : '';
      } finally {
        handle.dispose();
      }
    };
    const flag = context.getProp(described.value, 0);
    const isError = context.typeof(flag) === 'boolean' && context.dump(flag) === true;
    flag.dispose();
    return { isError, name: read(1), message: read(2), stack: read(3) };
  } finally {
    described.value.dispose();
  }
}
