import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { endSession } from '@/lib/session';

afterEach(() => {
  cleanup();
  endSession('logout');
  sessionStorage.clear();
});
