import { describe, expect, it } from 'vitest';
import { removeGlobals } from './realm-hardening';

describe('removeGlobals', () => {
  it('deletes own and inherited capabilities and leaves the rest alone', () => {
    const inherited = { fetch: () => 'network' };
    const scope = Object.assign(Object.create(inherited) as Record<string, unknown>, {
      indexedDB: {},
      Worker: class {},
      keep: 1,
    });
    const left = removeGlobals(['fetch', 'indexedDB', 'Worker', 'missing'], scope as unknown as typeof globalThis);
    expect(left).toEqual([]);
    expect(scope.fetch).toBeUndefined();
    expect(scope.indexedDB).toBeUndefined();
    expect(scope.Worker).toBeUndefined();
    expect(scope.keep).toBe(1);
  });

  it('hides a global it cannot delete, and reports one it cannot hide', () => {
    const scope: Record<string, unknown> = {};
    Object.defineProperty(scope, 'sealedButWritable', { value: 'x', writable: true, configurable: false });
    Object.defineProperty(scope, 'frozen', { value: 'y', writable: false, configurable: false });
    const left = removeGlobals(['sealedButWritable', 'frozen'], scope as unknown as typeof globalThis);
    expect(left).toEqual(['frozen']);
    expect(scope.sealedButWritable).toBeUndefined();
    expect(scope.frozen).toBe('y');
  });
});
