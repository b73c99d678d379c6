import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import { useWorkspace } from '@/components/ui-store';
import { App } from './App';

// A reminder's notification opens this page on its lead (`?lead=<id>`, background/reminders.ts);
// in Firefox, where notifications have no buttons, that click is the rep's way to the lead.
const leadId = new URLSearchParams(location.search).get('lead');
if (leadId) useWorkspace.getState().open(leadId);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
