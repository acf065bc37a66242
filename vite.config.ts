import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page loads (read by scripts/bench/sizes.ts).
    manifest: true,
    // maplibre-gl is about 250 kB gzip on its own; our own code has its budget in scripts/size-budget.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The app, and the benchmark's baseline page (a bare MapLibre map of the same data).
      input: { main: 'index.html', baseline: 'bench/baseline.html' },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
