// Where drafts live: the plain part in localStorage (one entry per campaign), the sealing key in IndexedDB.
// A CryptoKey made with `extractable: false` is stored in IndexedDB as an opaque object: the browser keeps its
// bytes, script can only ask it to encrypt or decrypt. Where IndexedDB or WebCrypto is missing (some private
// modes, plain http), identifiers are not kept at all and the form says so.
import {
  createSealingKey,
  decodeDraft,
  encodeDraft,
  hasIdentifiers,
  identifiersOf,
  openIdentifiers,
  sealIdentifiers,
  type Draft,
  type Identifiers,
  type Sealed,
} from './nomination-draft.js';
import { draftStorage } from './draft-storage.js';

const DB_NAME = 'learning-city';
const STORE = 'keys';
const KEY_ID = 'star-nomination-draft';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let sealingKey: Promise<CryptoKey | null> | undefined;

/** The page's sealing key, created on first use; `null` where it cannot be kept. */
function keyForDrafts(): Promise<CryptoKey | null> {
  sealingKey ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined' || !globalThis.crypto?.subtle) return null;
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      const db = await request(open);
      try {
        const existing = await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
        if (existing instanceof CryptoKey) return existing;
        const key = await createSealingKey();
        await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, KEY_ID));
        return key;
      } finally {
        db.close();
      }
    } catch {
      return null;
    }
  })();
  return sealingKey;
}

/** What `load()` gives back. */
export interface LoadedDraft {
  draft: Draft;
  /** False when sealed identifiers were stored but could not be opened (e.g. the key store was cleared). */
  identifiersRestored: boolean;
}

/**
 * The draft of one nomination form. `save()` is synchronous (it runs from `pagehide`), so the sealed identifiers
 * are kept ready: `updateIdentifiers()` seals them as they are typed.
 */
export class DraftStore {
  #sealed: Sealed | null = null;
  #sealedFor = '';
  #sealing: Promise<void> = Promise.resolve();

  constructor(readonly storageKey: string) {}

  /** Whether identifiers can be kept (sealed) in this browser. */
  async canSeal(): Promise<boolean> {
    return (await keyForDrafts()) !== null;
  }

  async load(campaignId: string): Promise<LoadedDraft | null> {
    const decoded = decodeDraft(draftStorage()?.getItem(this.storageKey) ?? null, campaignId);
    if (decoded === null) return null;
    const { draft, sealed } = decoded;
    if (sealed === null) return { draft, identifiersRestored: true };
    const key = await keyForDrafts();
    const identifiers = key ? await openIdentifiers(key, sealed) : null;
    if (identifiers === null) return { draft, identifiersRestored: false };
    Object.assign(draft.values, identifiers);
    this.#sealed = sealed;
    this.#sealedFor = JSON.stringify(identifiers);
    return { draft, identifiersRestored: true };
  }

  /** Seals the identifiers when they changed; resolves once the sealed copy is ready for `save()`. */
  updateIdentifiers(identifiers: Identifiers): Promise<void> {
    const text = JSON.stringify(identifiers);
    if (text === this.#sealedFor) return this.#sealing;
    this.#sealedFor = text;
    this.#sealing = this.#sealing.then(async () => {
      if (!hasIdentifiers(identifiers)) {
        if (this.#sealedFor === text) this.#sealed = null;
        return;
      }
      const key = await keyForDrafts();
      const sealed = key ? await sealIdentifiers(key, identifiers) : null;
      if (this.#sealedFor === text) this.#sealed = sealed;
    });
    return this.#sealing;
  }

  /** Writes the draft now (identifiers as last sealed). Returns false when storage refused it (full, disabled). */
  save(draft: Draft): boolean {
    void this.updateIdentifiers(identifiersOf(draft.values));
    try {
      const store = draftStorage();
      if (!store) return false;
      store.setItem(this.storageKey, encodeDraft(draft, this.#sealed));
      return true;
    } catch {
      return false;
    }
  }

  /** Writes the draft once the identifiers just typed are sealed. */
  async saveSealed(draft: Draft): Promise<boolean> {
    await this.updateIdentifiers(identifiersOf(draft.values));
    return this.save(draft);
  }

  /** Removes the draft (after a submission, or when the person discards it). */
  discard(): void {
    this.#sealed = null;
    this.#sealedFor = '';
    try {
      draftStorage()?.removeItem(this.storageKey);
    } catch {
      // nothing stored, nothing to remove
    }
  }
}
