import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { keepSessionFresh, restoreSession } from '@/lib/session-renewal';
import { connectTabs } from '@/lib/session-tabs';
import './index.css';

connectTabs();
keepSessionFresh();
void restoreSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
