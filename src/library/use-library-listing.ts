/** The library's listing for the page: loaded on mount, reloaded after every action. */
import { useCallback, useEffect, useState } from 'react';
import { describeStorageError } from '../persistence/draft-db';
import type { WorkflowListing } from '../persistence/library';
import { listLibrary, purgeOldTrash } from './library-actions';

export interface LibraryListing {
  listing?: WorkflowListing;
  /** Why the library could not be read (storage blocked, refused). */
  problem?: string;
  reload(): Promise<void>;
}

export function useLibraryListing(): LibraryListing {
  const [listing, setListing] = useState<WorkflowListing>();
  const [problem, setProblem] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setListing(await listLibrary());
      setProblem(undefined);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  }, []);
  useEffect(() => {
    void purgeOldTrash().catch(() => undefined).then(reload);
  }, [reload]);
  return { listing, problem, reload };
}
