/** Alt+R (⌥R) opens the test-run panel, as Dify's shortcut opens its Test Run menu (dify-dsl.md 6.6). */
import { useEffect } from 'react';
import { isEditableTarget } from '../../store/use-history-shortcuts';

export function useRunShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // By code, not key: on macOS ⌥R types '®'.
      if (!e.altKey || e.ctrlKey || e.metaKey || e.code !== 'KeyR' || isEditableTarget(e.target)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
