import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <lc-…> are custom elements (web components), not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lc-') } },
    }),
  ],
});
