/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  // VITE_API_TARGET points the dev proxy at another port, e.g. a service started with SERVER_PORT=8091.
  const env = loadEnv(mode, process.cwd(), '');
  const target = env.VITE_API_TARGET || 'http://localhost:8080';
  const proxied = { target, changeOrigin: false };
  return {
    plugins: [react()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: {
      proxy: { '/api': proxied, '/v3': proxied, '/actuator': proxied },
    },
    preview: {
      proxy: { '/api': proxied, '/v3': proxied, '/actuator': proxied },
    },
    test: {
      environment: 'jsdom',
      // e2e/ holds the browser tests, run by `npm run e2e` against a running service.
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['./src/testing/setup-tests.ts'],
      // The tests' browser is in Berlin, whatever the machine's zone: times say their zone only when it differs.
      env: { TZ: 'Europe/Berlin' },
      restoreMocks: true,
      unstubGlobals: true,
      // A form test types a dozen fields: 5 s (the default) is too tight on a busy two-core machine.
      testTimeout: 20_000,
    },
  };
});
