// The draft of a nomination as kept in the browser: everything typed, with personal identifiers sealed.
//
// What is stored in plain text: the step, the story, birth year, sex, district, group, the institution, the
// photos' ids, captions, rights and small previews (240 px), and the idempotency key. What is never stored in
// plain text: the names and mobile numbers of the nominee and of the contact (IDENTIFIER_FIELDS). Those are
// sealed with AES-GCM under a key that cannot be exported (see draft-store.ts): the stored draft, a copy of the
// browser profile or a sync of site data shows ciphertext. Script running in the page could still ask the
// browser to unseal them; the form itself can read them back, which is the point of a draft.
import { fromBase64, toBase64 } from './base64.js';
import { emptyForm, PHOTO_FIELDS, STEPS, type NominationFormValues, type PhotoEntry } from './form-values.js';

export const DRAFT_VERSION = 1;

/** Personal identifiers: kept out of the plain part of the draft. */
export const IDENTIFIER_FIELDS = ['nomineeName', 'nomineeMobile', 'contactName', 'contactMobile'] as const;
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number];
export type Identifiers = Record<IdentifierField, string>;

/** AES-GCM output, base64. */
export interface Sealed {
  iv: string;
  data: string;
}

/** A draft as the form uses it. */
export interface Draft {
  campaignId: string;
  step: number;
  values: NominationFormValues;
  photos: PhotoEntry[];
  /** Kept with the draft, so a retry after a reload still cannot make a second nomination. */
  idempotencyKey: string;
  savedAt: string;
}

/** A draft as stored: the identifiers replaced by `sealed` (or left out, when they could not be sealed). */
interface StoredDraft {
  v: typeof DRAFT_VERSION;
  campaignId: string;
  step: number;
  values: Omit<NominationFormValues, IdentifierField>;
  photos: PhotoEntry[];
  idempotencyKey: string;
  savedAt: string;
  sealed: Sealed | null;
}

/** The identifiers of a form. */
export function identifiersOf(values: NominationFormValues): Identifiers {
  return {
    nomineeName: values.nomineeName,
    nomineeMobile: values.nomineeMobile,
    contactName: values.contactName,
    contactMobile: values.contactMobile,
  };
}

/** Whether any identifier has been typed. */
export function hasIdentifiers(identifiers: Identifiers): boolean {
  return IDENTIFIER_FIELDS.some((field) => identifiers[field] !== '');
}

/**
 * The stored text of a draft: JSON with the identifiers left out and `sealed` (their ciphertext) in their place.
 * @example encodeDraft(draft, await sealIdentifiers(key, identifiersOf(draft.values)));
 */
export function encodeDraft(draft: Draft, sealed: Sealed | null): string {
  const values: Partial<NominationFormValues> = { ...draft.values };
  for (const field of IDENTIFIER_FIELDS) delete values[field];
  const stored: StoredDraft = {
    v: DRAFT_VERSION,
    campaignId: draft.campaignId,
    step: draft.step,
    values: values as StoredDraft['values'],
    photos: draft.photos,
    idempotencyKey: draft.idempotencyKey,
    savedAt: draft.savedAt,
    sealed,
  };
  return JSON.stringify(stored);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies the fields of `template` from `source` where the types match; anything else keeps the template's. */
function sameShape<T extends object>(template: T, source: unknown): T {
  if (!isRecord(source)) return template;
  const out = { ...template } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(template)) {
    if (typeof source[key] === typeof fallback) out[key] = source[key];
  }
  return out as T;
}

function decodePhoto(value: unknown): PhotoEntry | null {
  if (!isRecord(value) || typeof value['mediaId'] !== 'string') return null;
  const photo = sameShape<PhotoEntry>(
    {
      mediaId: '',
      fileName: '',
      contentType: '',
      bytes: 0,
      width: 0,
      height: 0,
      thumbnail: '',
      caption: '',
      photographer: '',
      copyrightHolder: '',
      licence: '',
      publicityConsent: false,
    },
    value,
  );
  if (typeof value['originalBytes'] === 'number') photo.originalBytes = value['originalBytes'];
  return PHOTO_FIELDS.every((field) => field in photo) ? photo : null;
}

/**
 * Reads a stored draft for `campaignId`: `null` when there is none, it is unreadable, of another version or
 * of another campaign. Wrongly typed fields fall back to empty; identifiers come back empty (unseal `sealed`).
 */
export function decodeDraft(
  text: string | null,
  campaignId: string,
): { draft: Draft; sealed: Sealed | null } | null {
  if (text === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(stored) || stored['v'] !== DRAFT_VERSION || stored['campaignId'] !== campaignId) return null;
  const values = sameShape(emptyForm(), stored['values']);
  for (const field of IDENTIFIER_FIELDS) values[field] = '';
  const step = Number.isInteger(stored['step'])
    ? Math.min(Math.max(Number(stored['step']), 0), STEPS.length - 1)
    : 0;
  const photos = Array.isArray(stored['photos'])
    ? stored['photos'].map(decodePhoto).filter((photo): photo is PhotoEntry => photo !== null)
    : [];
  const sealed = stored['sealed'];
  return {
    draft: {
      campaignId,
      step,
      values,
      photos,
      idempotencyKey: typeof stored['idempotencyKey'] === 'string' ? stored['idempotencyKey'] : '',
      savedAt: typeof stored['savedAt'] === 'string' ? stored['savedAt'] : '',
    },
    sealed:
      isRecord(sealed) && typeof sealed['iv'] === 'string' && typeof sealed['data'] === 'string'
        ? { iv: sealed['iv'], data: sealed['data'] }
        : null,
  };
}

/** A fresh AES-GCM key that script can use but not read (`extractable: false`). */
export function createSealingKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals the identifiers with AES-GCM (a fresh 96-bit IV each time). */
export async function sealIdentifiers(key: CryptoKey, identifiers: Identifiers): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(identifiers));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { iv: toBase64(iv), data: toBase64(data) };
}

/** Opens sealed identifiers; `null` when the key is another (a cleared key store) or the data was altered. */
export async function openIdentifiers(key: CryptoKey, sealed: Sealed): Promise<Identifiers | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      key,
      fromBase64(sealed.data),
    );
    const parsed: unknown = JSON.parse(new TextDecoder().decode(plain));
    const empty: Identifiers = { nomineeName: '', nomineeMobile: '', contactName: '', contactMobile: '' };
    return sameShape(empty, parsed);
  } catch {
    return null;
  }
}
