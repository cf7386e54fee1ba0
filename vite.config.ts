import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './main/content-security-policy.ts';

/** The same policy as a meta tag, for pages loaded from file:// where no header is sent. */
function contentSecurityPolicyMeta(): Plugin {
  const policy = contentSecurityPolicy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'workability-content-security-policy',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`,
      ),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules/govuk-frontend/dist'], quietDeps: true },
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inlined assets would need data: in the policy for more than images.
    assetsInlineLimit: 0,
    // govuk-frontend keeps an old browser hack (min-width: 0\0) that lightningcss refuses.
    cssMinify: 'esbuild',
    rolldownOptions: { checks: { pluginTimings: false } },
    // Loaded from disk or loopback, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
});
