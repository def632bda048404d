// The nomination form's checks and request body, apart from rendering so they are tested alone. The checks use
// core's schemas (NominationCreate and its parts) and the campaign's limits, as the platform does.
import {
  NominationCreate,
  TEXT_LIMITS,
  validateMobile,
  type CampaignLimits,
  type NomineeGroup,
} from '@learning-city/core';
import { countChars } from './char-count.js';
import {
  PHOTO_FIELDS,
  STEP_FIELDS,
  STEPS,
  type FieldError,
  type FieldErrors,
  type FieldKey,
  type MediaLicence,
  type NominationFormValues,
  type PhotoEntry,
  type PhotoField,
  type StepName,
  type ValueField,
} from './form-values.js';

export * from './form-values.js';

/** The fields of a step, in screen order, for focusing the first error and ordering the summary. */
export function fieldsOf(step: StepName, photos: readonly PhotoEntry[]): FieldKey[] {
  if (step !== 'photos') return [...STEP_FIELDS[step]];
  return [
    'photos',
    ...photos.flatMap((_, index) => PHOTO_FIELDS.map((field) => `photos.${index}.${field}` as const)),
  ];
}

/** The step a field belongs to. */
export function stepOf(field: FieldKey): StepName {
  if (field === 'photos' || field.startsWith('photos.')) return 'photos';
  return STEPS.find((step) => STEP_FIELDS[step].includes(field as ValueField)) ?? 'review';
}

/** The honours typed, one per line, blank lines dropped. */
export function honoursList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Text limits of `NominationCreate` (core's TEXT_LIMITS; captions are `text(200)` there). */
export const FIELD_LIMITS = {
  name: TEXT_LIMITS.name,
  institutionName: TEXT_LIMITS.title,
  honour: TEXT_LIMITS.title,
  caption: 200,
  photographer: TEXT_LIMITS.name,
  copyrightHolder: TEXT_LIMITS.title,
} as const;

function text(value: string, max: number): FieldError | undefined {
  const length = countChars(value);
  if (length === 0) return { code: 'required' };
  return length > max ? { code: 'tooLong', params: { max, count: length, over: length - max } } : undefined;
}

function mobile(value: string): FieldError | undefined {
  const result = validateMobile(value);
  return result.ok ? undefined : { code: `mobile.${result.reason}` };
}

/** The problem with one value field, or `undefined`. `year` is the current year (a birth year cannot follow it). */
export function checkValue(
  field: ValueField,
  values: NominationFormValues,
  limits: CampaignLimits,
  year: number,
): FieldError | undefined {
  switch (field) {
    case 'nomineeName':
    case 'contactName':
      return text(values[field], FIELD_LIMITS.name);
    case 'institutionName':
      return text(values[field], FIELD_LIMITS.institutionName);
    case 'nomineeMobile':
    case 'contactMobile':
      return mobile(values[field]);
    case 'sex':
    case 'group':
    case 'divisionCode':
      return values[field] === '' ? { code: 'choose' } : undefined;
    case 'birthYear': {
      const typed = values.birthYear.trim();
      if (typed === '') return { code: 'required' };
      const birthYear = Number(typed);
      return /^\d{4}$/.test(typed) && birthYear >= 1900 && birthYear <= year
        ? undefined
        : { code: 'birthYear', params: { max: year } };
    }
    case 'summary':
      return text(values.summary, limits.summaryMaxChars);
    case 'deeds': {
      const count = countChars(values.deeds);
      if (count === 0) return { code: 'required' };
      if (count < limits.deedsMinChars)
        return { code: 'tooShort', params: { min: limits.deedsMinChars, count } };
      const max = limits.deedsMaxChars;
      return count > max ? { code: 'tooLong', params: { max, count, over: count - max } } : undefined;
    }
    case 'honours': {
      const honours = honoursList(values.honours);
      if (honours.length > limits.honoursMax) {
        return { code: 'honoursTooMany', params: { max: limits.honoursMax, count: honours.length } };
      }
      const long = honours.find((honour) => countChars(honour) > FIELD_LIMITS.honour);
      return long === undefined ? undefined : { code: 'honourTooLong', params: { max: FIELD_LIMITS.honour } };
    }
    case 'privacyNotice':
      return values.privacyNotice ? undefined : { code: 'consent' };
    case 'publicity':
      return undefined;
  }
}

/** The problem with one field of one photo, or `undefined`. */
export function checkPhotoField(photo: PhotoEntry, field: PhotoField): FieldError | undefined {
  switch (field) {
    case 'caption':
    case 'photographer':
    case 'copyrightHolder':
      return text(photo[field], FIELD_LIMITS[field]);
    case 'licence':
      return photo.licence === '' ? { code: 'choose' } : undefined;
    case 'publicityConsent':
      return photo.publicityConsent ? undefined : { code: 'photoConsent' };
  }
}

/** The problem with the set of photos (none, or more than the campaign takes). */
export function checkPhotoCount(
  photos: readonly PhotoEntry[],
  limits: CampaignLimits,
): FieldError | undefined {
  if (limits.photosMax > 0 && photos.length === 0) return { code: 'photosNone' };
  return photos.length > limits.photosMax
    ? { code: 'photosTooMany', params: { max: limits.photosMax, count: photos.length } }
    : undefined;
}

/** Every problem of one step, in screen order. */
export function checkStep(
  step: StepName,
  values: NominationFormValues,
  photos: readonly PhotoEntry[],
  limits: CampaignLimits,
  year: number,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of STEP_FIELDS[step]) {
    const error = checkValue(field, values, limits, year);
    if (error) errors[field] = error;
  }
  if (step === 'photos') {
    const count = checkPhotoCount(photos, limits);
    if (count) errors.photos = count;
    photos.forEach((photo, index) => {
      for (const field of PHOTO_FIELDS) {
        const error = checkPhotoField(photo, field);
        if (error) errors[`photos.${index}.${field}`] = error;
      }
    });
  }
  return errors;
}

/** The request body: text trimmed, mobiles normalised, honours one per line. */
export function toNominationCreate(
  campaignId: string,
  values: NominationFormValues,
  photos: readonly PhotoEntry[],
): NominationCreate {
  const normalized = (value: string) => {
    const result = validateMobile(value);
    return result.ok ? result.normalized : value.trim();
  };
  return {
    campaignId,
    nominee: {
      name: values.nomineeName.trim(),
      sex: values.sex as 'male' | 'female',
      birthYear: Number(values.birthYear.trim()),
      mobile: normalized(values.nomineeMobile),
      divisionCode: values.divisionCode,
      group: values.group as NomineeGroup,
    },
    story: {
      summary: values.summary.trim(),
      deeds: values.deeds.trim(),
      honours: honoursList(values.honours),
    },
    recommender: {
      institutionName: values.institutionName.trim(),
      contactName: values.contactName.trim(),
      contactMobile: normalized(values.contactMobile),
    },
    media: photos.map((photo) => ({
      mediaId: photo.mediaId,
      caption: photo.caption.trim(),
      photographer: photo.photographer.trim(),
      copyrightHolder: photo.copyrightHolder.trim(),
      licence: photo.licence as MediaLicence,
      publicityConsent: true as const,
    })),
    consents: { privacyNotice: true, publicity: values.publicity },
  };
}

const ISSUE_FIELDS: Record<string, FieldKey> = {
  'nominee.name': 'nomineeName',
  'nominee.sex': 'sex',
  'nominee.birthYear': 'birthYear',
  'nominee.mobile': 'nomineeMobile',
  'nominee.divisionCode': 'divisionCode',
  'nominee.group': 'group',
  'story.summary': 'summary',
  'story.deeds': 'deeds',
  'story.honours': 'honours',
  'recommender.institutionName': 'institutionName',
  'recommender.contactName': 'contactName',
  'recommender.contactMobile': 'contactMobile',
  media: 'photos',
  consents: 'privacyNotice',
  'consents.privacyNotice': 'privacyNotice',
  'consents.publicity': 'publicity',
};

/**
 * The form field a platform (or schema) issue is about, from its dotted path.
 * @example fieldForIssuePath('media.1.caption'); // 'photos.1.caption'
 * @example fieldForIssuePath('story.honours.3'); // 'honours'
 */
export function fieldForIssuePath(path: string): FieldKey | undefined {
  const photo = /^media\.(\d+)\.(\w+)$/.exec(path);
  if (photo) {
    const field = photo[2] === 'mediaId' ? 'caption' : (photo[2] as PhotoField);
    return PHOTO_FIELDS.includes(field) ? `photos.${Number(photo[1])}.${field}` : 'photos';
  }
  return ISSUE_FIELDS[path] ?? ISSUE_FIELDS[path.replace(/\.\d+$/, '')];
}

/**
 * The last check before sending, with core's `NominationCreate` schema itself: anything it refuses that the
 * field checks let through is reported on its field (normally nothing is).
 */
export function schemaIssues(body: NominationCreate): FieldErrors {
  const result = NominationCreate.safeParse(body);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldForIssuePath(issue.path.join('.')) ?? 'privacyNotice';
    errors[field] ??= { code: 'rejected' };
  }
  return errors;
}
