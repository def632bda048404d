// A part of a widget that is a chunk of its own (`import()`), loaded on first use, once per page. A failed
// import (a dropped connection) is tried again on the next call — though Chromium keeps a failed module fetch
// failed for the page, so a widget that still cannot load it asks for a reload.

export interface Chunk<T> {
  /** The module once it has loaded (render with it synchronously), else `undefined`. */
  readonly value: T | undefined;
  /** Loads the module, or answers the load under way or done. */
  load(): Promise<T>;
}

/** `importer` is `() => import('./part.js')`; `failed` turns an import error into the widget's own. */
export function chunk<T>(
  importer: () => Promise<T>,
  failed: (error: unknown) => unknown = (e) => e,
): Chunk<T> {
  let pending: Promise<T> | undefined;
  const state: { value: T | undefined; load(): Promise<T> } = {
    value: undefined,
    load: () =>
      (pending ??= importer().then(
        (module) => (state.value = module),
        (error: unknown) => {
          pending = undefined; // try again next time
          throw failed(error);
        },
      )),
  };
  return state;
}
