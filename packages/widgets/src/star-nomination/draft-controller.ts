// Keeps the form's draft on the device as it is typed: saved shortly after each change, written at once when
// the page is hidden or closed, restored when the form opens again, discarded on request or after submitting.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chunk } from '../shared/chunk.js';
import { draftStorage } from './draft-storage.js';
import type { DraftStore, LoadedDraft } from './draft-store.js';
import type { Draft } from './nomination-draft.js';

const SAVE_DELAY_MS = 400;

// The store (AES-GCM sealing, IndexedDB) is its own chunk, loaded only when there is a draft to restore (a
// synchronous look at localStorage says so) or to save (the first edit): a first visit that only looks at the
// form never downloads it. Nothing is saved before the store is open, so no keystroke waits on it.
const store = chunk(() => import('./draft-store.js'));

export interface DraftControllerOptions {
  /** The draft to save now, or `null` when there is nothing worth keeping (a blank form, a finished one). */
  snapshot(): Draft | null;
  /** After each save that storage accepted. */
  onSaved(savedAt: string): void;
}

export class DraftController implements ReactiveController {
  #storageKey = '';
  #campaignId = '';
  #store: Promise<DraftStore> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The store once open, for the synchronous `flush()`. */
  #openStore: DraftStore | null = null;
  /**
   * Whether names and mobiles can be kept (sealed) in this browser: until the store is open, whether IndexedDB
   * and WebCrypto are there at all; then whether a sealing key could really be kept.
   */
  canSeal = typeof indexedDB !== 'undefined' && globalThis.crypto?.subtle !== undefined;

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

  /** The draft is kept under `storageKey` for `campaignId` from now on (nothing loads yet). */
  use(storageKey: string, campaignId: string): void {
    this.cancel();
    this.#storageKey = storageKey;
    this.#campaignId = campaignId;
    this.#store = null;
    this.#openStore = null;
  }

  /** Whether a draft is stored under the key in use: a synchronous look, without the store's code. */
  get stored(): boolean {
    try {
      return this.#storageKey !== '' && draftStorage()?.getItem(this.#storageKey) != null;
    } catch {
      return false;
    }
  }

  /** Loads the store's code and opens it (once per key). Rejects when the code did not arrive. */
  #opened(): Promise<DraftStore> {
    const storageKey = this.#storageKey;
    this.#store ??= store.load().then(async ({ DraftStore }) => {
      const store = new DraftStore(storageKey);
      this.canSeal = await store.canSeal();
      if (storageKey === this.#storageKey) this.#openStore = store;
      return store;
    });
    this.#store.catch(() => {
      if (storageKey === this.#storageKey) this.#store = null; // try again with the next change
    });
    return this.#store;
  }

  /** Opens the stored draft for the campaign in use (`null`: none). Rejects when the store's code did not arrive. */
  async open(): Promise<LoadedDraft | null> {
    this.cancel();
    const store = await this.#opened();
    return store.load(this.#campaignId);
  }

  /** Saves a little after the last change (typing stays fast; a pause saves); the first loads the store. */
  schedule(): void {
    if (this.#storageKey === '') return;
    this.#opened().catch(() => undefined); // the next change tries again
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Saves now, once the store is open and the identifiers typed are sealed. */
  async save(): Promise<void> {
    if (this.#storageKey === '') return;
    const store = await this.#opened().catch(() => null);
    const draft = this.options.snapshot();
    if (store === null || store.storageKey !== this.#storageKey || draft === null) return;
    if (await store.saveSealed(draft)) this.options.onSaved(draft.savedAt);
  }

  /** Writes a pending draft synchronously (the tab is being hidden or closed: no time for timers). */
  readonly flush = () => {
    if (this.#timer === undefined) return;
    this.cancel();
    const draft = this.options.snapshot();
    if (this.#openStore && draft !== null) this.#openStore.save(draft);
  };

  readonly #onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Drops a pending save. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Deletes the stored draft (with or without the store's code). */
  discard(): void {
    this.cancel();
    if (this.#openStore) {
      this.#openStore.discard();
      return;
    }
    try {
      if (this.#storageKey !== '') draftStorage()?.removeItem(this.#storageKey);
    } catch {
      // nothing stored, nothing to remove
    }
  }
}
