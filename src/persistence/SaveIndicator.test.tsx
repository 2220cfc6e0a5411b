import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SaveStatusView } from './SaveIndicator';
import type { PersistenceState } from './persistence-store';

const render = (state: PersistenceState) => renderToStaticMarkup(<SaveStatusView {...state} onTakeOver={async () => undefined} />);

describe('SaveStatusView', () => {
  it('names each save state', () => {
    expect(render({ saveState: 'saved', lastSavedAt: 0 })).toContain('>Saved<');
    expect(render({ saveState: 'saving' })).toContain('Saving…');
    expect(render({ saveState: 'unsaved' })).toContain('Unsaved changes');
  });

  it('offers Take over only when read-only', () => {
    const readOnly = render({ saveState: 'read-only', error: 'another tab' });
    expect(readOnly).toContain('Read-only (another tab is editing)');
    expect(readOnly).toContain('data-testid="save-take-over"');
    expect(render({ saveState: 'saved' })).not.toContain('save-take-over');
  });

  it('shows the storage error message', () => {
    const html = render({ saveState: 'error', error: 'Storage is full: free some space.' });
    expect(html).toContain('data-state="error"');
    expect(html).toContain('Storage is full: free some space.');
  });
});
