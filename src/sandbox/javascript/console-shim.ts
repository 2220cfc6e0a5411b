/**
 * `console.log/info/debug/warn/error` inside QuickJS, as host functions writing to a
 * LogCollector. Arguments are joined with spaces: strings as they are, objects as JSON (with the
 * intrinsic JSON.stringify, whatever the code did to the global one), errors as "Name: message"
 * plus their stack, functions as `[Function: name]`, anything else through String().
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { LogCollector, LogLevel } from './log-collector';
import { describeThrown, valueText, type Driver } from './sandbox-driver';

const LEVELS: LogLevel[] = ['log', 'info', 'debug', 'warn', 'error'];

function functionText(context: QuickJSContext, value: QuickJSHandle): string {
  const name = context.getProp(value, 'name');
  try {
    const text = context.typeof(name) === 'string' ? context.getString(name) : '';
    return text ? `[Function: ${text}]` : '[Function (anonymous)]';
  } finally {
    name.dispose();
  }
}

function argumentText(context: QuickJSContext, driver: Driver, value: QuickJSHandle): string {
  const type = context.typeof(value);
  if (type === 'string') return context.getString(value);
  if (type === 'function') return functionText(context, value);
  if (type === 'object') {
    const error = describeThrown(context, driver, value);
    if (error?.isError) return error.stack ? `${error.name}: ${error.message}\n${error.stack.trimEnd()}` : `${error.name}: ${error.message}`;
  }
  return valueText(context, driver, value);
}

export function installConsole(context: QuickJSContext, driver: Driver, logs: LogCollector, owned: QuickJSHandle[]): void {
  const consoleObject = context.newObject();
  owned.push(consoleObject);
  for (const level of LEVELS) {
    const write = context.newFunction(level, (...args: QuickJSHandle[]) => {
      if (logs.full) return;
      logs.add(level, args.map((arg) => argumentText(context, driver, arg)).join(' '));
    });
    context.setProp(consoleObject, level, write);
    write.dispose();
  }
  context.setProp(context.global, 'console', consoleObject);
}
