// The one react-dom API the runtime page uses (@types/react-dom is not installed in this repository).
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(children: ReactNode): void };
}
