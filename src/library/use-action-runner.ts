/** Runs a library or version action: shows its refusal or storage error, then refreshes the list. */
import { useState } from 'react';
import { describeStorageError } from '../persistence/draft-db';
import type { ActionOutcome } from './library-actions';

export function useActionRunner(refresh: () => Promise<void>) {
  const [message, setMessage] = useState<string>();
  const run = async (action: () => Promise<ActionOutcome | void>) => {
    try {
      const outcome = await action();
      setMessage(outcome && !outcome.ok ? outcome.message : undefined);
    } catch (error) {
      setMessage(describeStorageError(error));
    }
    await refresh();
  };
  return { message, run };
}
