// Keeps the form's draft on the device as it is typed: saved shortly after each change, written at once when
// the page is hidden or closed, restored when the form opens again, discarded on request or after submitting.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore, LoadedDraft } from './draft-store.js';
import type { Draft } from './nomination-draft.js';

const SAVE_DELAY_MS = 400;

// The store (AES-GCM sealing, IndexedDB) is its own chunk: `prefetch()` starts it beside the campaign request,
// and `open()` waits for it; nothing is saved before a draft has been opened, so no keystroke waits on it.
let storeModule: Promise<typeof import('./draft-store.js')> | undefined;
function loadStore(): Promise<typeof import('./draft-store.js')> {
  storeModule ??= import('./draft-store.js').catch((error: unknown) => {
    storeModule = undefined; // try again with the next load
    throw error;
  });
  return storeModule;
}

export interface DraftControllerOptions {
  /** The draft to save now, or `null` when there is nothing worth keeping (a blank form, a finished one). */
  snapshot(): Draft | null;
  /** After each save that storage accepted. */
  onSaved(savedAt: string): void;
}

export class DraftController implements ReactiveController {
  #store: DraftStore | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether names and mobiles can be kept (sealed) in this browser. */
  canSeal = true;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Loads the store's code (start it beside the campaign request; `open()` needs it). Rejects when it did not arrive. */
  async ready(): Promise<void> {
    await loadStore();
  }

  /** Opens the draft stored under `storageKey` for `campaignId` (`null`: none), and uses that key from now on. */
  async open(storageKey: string, campaignId: string): Promise<LoadedDraft | null> {
    this.cancel();
    const { DraftStore } = await loadStore();
    const store: DraftStore = new DraftStore(storageKey);
    const [loaded, canSeal] = await Promise.all([store.load(campaignId), store.canSeal()]);
    this.#store = store;
    this.canSeal = canSeal;
    return loaded;
  }

  /** Saves a little after the last change (typing stays fast; a pause saves). */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Saves now, once the identifiers typed are sealed. */
  async save(): Promise<void> {
    const draft = this.options.snapshot();
    if (!this.#store || draft === null) return;
    if (await this.#store.saveSealed(draft)) this.options.onSaved(draft.savedAt);
  }

  /** Writes a pending draft synchronously (the tab is being hidden or closed: no time for timers). */
  readonly flush = () => {
    if (this.#timer === undefined) return;
    this.cancel();
    const draft = this.options.snapshot();
    if (this.#store && draft !== null) this.#store.save(draft);
  };

  readonly #onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Drops a pending save. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Deletes the stored draft. */
  discard(): void {
    this.cancel();
    this.#store?.discard();
  }
}
