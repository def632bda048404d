// The registration form's values, checks and request body, apart from rendering so they can be tested alone.
import {
  normalizeResidentId,
  TEXT_LIMITS,
  validateMobile,
  validateResidentId,
  type AgeGroup,
  type GuardianConsent,
  type RegistrationCreate,
} from '@learning-city/core';
import type { ErrorCode } from './registration-messages.js';

export type GuardianRelationship = GuardianConsent['relationship'];

/** The relationships a guardian can state, in the order they are offered. */
export const GUARDIAN_RELATIONSHIPS = [
  'parent',
  'grandparent',
  'other_guardian',
] as const satisfies readonly GuardianRelationship[];

/** Everything a person can type or tick; hidden fields keep their values so nothing typed is lost. */
export interface RegistrationFormValues {
  name: string;
  mobile: string;
  residentId: string;
  /** The separate consent for the ID number (PIPL art. 29): never ticked by default. */
  residentIdConsent: boolean;
  ageGroup: AgeGroup | '';
  guardianName: string;
  guardianMobile: string;
  guardianRelationship: GuardianRelationship | '';
  /** A guardian's consent for a learner under 14 (PIPL art. 31). */
  guardianConsent: boolean;
  privacyNotice: boolean;
}

export type FieldName = keyof RegistrationFormValues;
export type FieldErrors = Partial<Record<FieldName, ErrorCode>>;

/** Which optional parts of the form are shown. */
export interface FormShape {
  residentId: boolean;
  guardian: boolean;
}

/** Fields in the order they appear, so the first invalid one gets the focus. */
export const FIELD_ORDER: readonly FieldName[] = [
  'name',
  'mobile',
  'residentId',
  'residentIdConsent',
  'ageGroup',
  'guardianName',
  'guardianMobile',
  'guardianRelationship',
  'guardianConsent',
  'privacyNotice',
];

/** An empty form: every box unticked. */
export function emptyForm(): RegistrationFormValues {
  return {
    name: '',
    mobile: '',
    residentId: '',
    residentIdConsent: false,
    ageGroup: '',
    guardianName: '',
    guardianMobile: '',
    guardianRelationship: '',
    guardianConsent: false,
    privacyNotice: false,
  };
}

/** The fields a form of this shape shows. */
export function visibleFields(shape: FormShape): FieldName[] {
  return FIELD_ORDER.filter((field) => {
    if (field === 'residentId' || field === 'residentIdConsent') return shape.residentId;
    if (field.startsWith('guardian')) return shape.guardian;
    return true;
  });
}

function checkName(value: string, empty: ErrorCode): ErrorCode | undefined {
  const name = value.trim();
  if (name === '') return empty;
  return Array.from(name).length > TEXT_LIMITS.name ? 'error.nameTooLong' : undefined;
}

function checkMobile(value: string): ErrorCode | undefined {
  const result = validateMobile(value);
  return result.ok ? undefined : `mobile.${result.reason}`;
}

/** The problem with one field, or `undefined`; the same checks the platform runs, with core's validators. */
export function checkField(
  field: FieldName,
  values: RegistrationFormValues,
  shape: FormShape,
): ErrorCode | undefined {
  switch (field) {
    case 'name':
      return checkName(values.name, 'error.nameEmpty');
    case 'mobile':
      return checkMobile(values.mobile);
    case 'residentId': {
      if (!shape.residentId) return undefined;
      const result = validateResidentId(values.residentId);
      return result.ok ? undefined : `residentId.${result.reason}`;
    }
    case 'residentIdConsent':
      return shape.residentId && !values.residentIdConsent ? 'error.residentIdConsent' : undefined;
    case 'ageGroup':
      return values.ageGroup === '' ? 'error.ageGroupEmpty' : undefined;
    case 'guardianName':
      return shape.guardian ? checkName(values.guardianName, 'error.guardianNameEmpty') : undefined;
    case 'guardianMobile':
      return shape.guardian ? checkMobile(values.guardianMobile) : undefined;
    case 'guardianRelationship':
      return shape.guardian && values.guardianRelationship === ''
        ? 'error.guardianRelationshipEmpty'
        : undefined;
    case 'guardianConsent':
      return shape.guardian && !values.guardianConsent ? 'error.guardianConsent' : undefined;
    case 'privacyNotice':
      return values.privacyNotice ? undefined : 'error.privacyConsent';
  }
}

/** Every problem in the form, keyed by field. */
export function checkForm(values: RegistrationFormValues, shape: FormShape): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of visibleFields(shape)) {
    const error = checkField(field, values, shape);
    if (error) errors[field] = error;
  }
  return errors;
}

/** The request body for a checked form: numbers normalised, hidden parts left out. */
export function toRegistrationCreate(values: RegistrationFormValues, shape: FormShape): RegistrationCreate {
  const mobile = (value: string) => {
    const result = validateMobile(value);
    return result.ok ? result.normalized : value.trim();
  };
  return {
    name: values.name.trim(),
    mobile: mobile(values.mobile),
    ...(values.ageGroup === '' ? {} : { ageGroup: values.ageGroup }),
    ...(shape.residentId ? { residentId: normalizeResidentId(values.residentId) } : {}),
    ...(shape.guardian
      ? {
          guardian: {
            name: values.guardianName.trim(),
            mobile: mobile(values.guardianMobile),
            relationship: values.guardianRelationship as GuardianRelationship,
            consented: true as const,
          },
        }
      : {}),
    consents: {
      privacyNotice: true,
      ...(shape.residentId ? { residentId: values.residentIdConsent } : {}),
    },
  };
}

const ISSUE_FIELDS: Record<string, FieldName> = {
  name: 'name',
  mobile: 'mobile',
  residentId: 'residentId',
  'consents.residentId': 'residentIdConsent',
  'consents.privacyNotice': 'privacyNotice',
  consents: 'privacyNotice',
  ageGroup: 'ageGroup',
  guardian: 'guardianConsent',
  'guardian.name': 'guardianName',
  'guardian.mobile': 'guardianMobile',
  'guardian.relationship': 'guardianRelationship',
  'guardian.consented': 'guardianConsent',
};

/**
 * The form field a platform validation issue is about, from its dotted path.
 * @example fieldForIssuePath('guardian.mobile'); // 'guardianMobile'
 */
export function fieldForIssuePath(path: string): FieldName | undefined {
  return ISSUE_FIELDS[path];
}
