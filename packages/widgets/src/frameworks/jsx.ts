// React 19 JSX types for the Learning City elements: `import type {} from '@learning-city/widgets/jsx'` once
// (or list it in tsconfig `types`), then write <lc-event-calendar api-base=… onlc-activity-select={…}> in TSX.
// React 19 sets a prop as a property when the element has one (so `activities={list}` works) and listens
// to `on<event-name>` props as DOM events. For React 18 and older, use the wrappers in '@learning-city/widgets/react'.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LcElements, Listener, PropertiesOf } from './elements.js';

/** The JSX props of one element: HTML attributes, its own attributes, rich properties, `on<event>` listeners. */
export type LcJsxProps<Tag extends keyof LcElements> = DetailedHTMLProps<
  HTMLAttributes<LcElements[Tag]['element']>,
  LcElements[Tag]['element']
> &
  LcElements[Tag]['attributes'] &
  PropertiesOf<Tag> & {
    [Name in LcElements[Tag]['events'] as `on${Name}`]?: Listener<Name>;
  };

/** Every Learning City element as a JSX intrinsic element. */
export type LcIntrinsicElements = { [Tag in keyof LcElements]: LcJsxProps<Tag> };

// Augmentation merges into React's own `JSX` namespace and interface, so both lint rules' advice cannot apply.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends LcIntrinsicElements {}
  }
}
