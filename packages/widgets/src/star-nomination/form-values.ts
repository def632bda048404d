// The nomination form's values, steps and field keys: what the element needs before the form's code arrives.
import type { MEDIA_LICENCES, NomineeGroup, ValidatorMessageCode } from '@learning-city/core';

export type MediaLicence = (typeof MEDIA_LICENCES)[number];

/** The steps of the form, in order; the result screen follows the review. */
export const STEPS = ['nominee', 'story', 'recommender', 'photos', 'review'] as const;
export type StepName = (typeof STEPS)[number];

/** Everything a person types or ticks outside the photos. Hidden steps keep their values. */
export interface NominationFormValues {
  nomineeName: string;
  sex: 'male' | 'female' | '';
  birthYear: string;
  nomineeMobile: string;
  divisionCode: string;
  group: NomineeGroup | '';
  summary: string;
  deeds: string;
  /** One honour per line. */
  honours: string;
  institutionName: string;
  contactName: string;
  contactMobile: string;
  /** The privacy notice (required). */
  privacyNotice: boolean;
  /** The nominee agrees to the story being published if selected (optional, never ticked by default). */
  publicity: boolean;
}

export type ValueField = keyof NominationFormValues;

/** One photo: uploaded already (`mediaId`), with its caption and rights. */
export interface PhotoEntry {
  mediaId: string;
  fileName: string;
  contentType: string;
  bytes: number;
  width: number;
  height: number;
  /** The size of the file chosen, when it was downscaled before the upload. */
  originalBytes?: number;
  /** A small JPEG preview, base64 (drawn on a canvas: no data: URL, so a strict CSP is fine). */
  thumbnail: string;
  caption: string;
  photographer: string;
  copyrightHolder: string;
  licence: MediaLicence | '';
  publicityConsent: boolean;
}

export type PhotoField = 'caption' | 'photographer' | 'copyrightHolder' | 'licence' | 'publicityConsent';
export const PHOTO_FIELDS: readonly PhotoField[] = [
  'caption',
  'photographer',
  'copyrightHolder',
  'licence',
  'publicityConsent',
];

/** A field's key in error maps: a value field, `photos`, or `photos.<index>.<field>`. */
export type FieldKey = ValueField | 'photos' | `photos.${number}.${PhotoField}`;

/** Our own error codes; validator codes (`mobile.format`) come from core. */
export type OwnErrorCode =
  | 'required'
  | 'choose'
  | 'tooLong'
  | 'tooShort'
  | 'birthYear'
  | 'honoursTooMany'
  | 'honourTooLong'
  | 'photosNone'
  | 'photosTooMany'
  | 'consent'
  | 'photoConsent'
  | 'rejected';

export interface FieldError {
  code: OwnErrorCode | ValidatorMessageCode;
  /** `{max}`, `{min}`, `{count}`, `{over}` in the message. */
  params?: Record<string, number>;
}
export type FieldErrors = Partial<Record<FieldKey, FieldError>>;

/** The fields each step shows, in screen order (the first invalid one gets the focus). */
export const STEP_FIELDS: Record<StepName, readonly ValueField[]> = {
  nominee: ['nomineeName', 'sex', 'birthYear', 'nomineeMobile', 'divisionCode', 'group'],
  story: ['summary', 'deeds', 'honours'],
  recommender: ['institutionName', 'contactName', 'contactMobile'],
  photos: [],
  review: ['privacyNotice', 'publicity'],
};

export const VALUE_FIELDS: readonly ValueField[] = STEPS.flatMap((step) => STEP_FIELDS[step]);

/** An empty form: nothing chosen, every box unticked. */
export function emptyForm(): NominationFormValues {
  return {
    nomineeName: '',
    sex: '',
    birthYear: '',
    nomineeMobile: '',
    divisionCode: '',
    group: '',
    summary: '',
    deeds: '',
    honours: '',
    institutionName: '',
    contactName: '',
    contactMobile: '',
    privacyNotice: false,
    publicity: false,
  };
}

/** The element id of a field's control (the first radio, for a choice): `photos.0.caption` → `f-photos-0-caption`. */
export function controlId(field: FieldKey): string {
  return `f-${field.replace(/\./g, '-')}`;
}
