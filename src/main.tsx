import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './index.css';
import { startDraftPersistence } from './persistence/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Reopens the last workflow from this browser's drafts, then saves every change.
void startDraftPersistence();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
