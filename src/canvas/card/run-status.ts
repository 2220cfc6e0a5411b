/** The ring a card wears for its node's status in the current run. */
export const RUN_RING: Readonly<Record<string, string>> = {
  running: 'ring-2 ring-blue-400', succeeded: 'ring-2 ring-emerald-400', exception: 'ring-2 ring-amber-400',
  failed: 'ring-2 ring-red-500', stopped: 'ring-2 ring-slate-400',
};

export function runRing(status: string | undefined): string {
  return status !== undefined && Object.hasOwn(RUN_RING, status) ? RUN_RING[status]! : '';
}
