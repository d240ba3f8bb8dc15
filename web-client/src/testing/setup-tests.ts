import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { reportServiceReachable } from '@/lib/connection';
import { endSession } from '@/lib/session';

afterEach(() => {
  // Node-environment tests (the stream reader) have no DOM and no sessionStorage.
  if (typeof document === 'undefined') return;
  cleanup();
  endSession('logout');
  sessionStorage.clear();
  localStorage.clear();
  reportServiceReachable(true);
});
