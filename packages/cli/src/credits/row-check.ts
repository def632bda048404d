// Checks one credits row and turns it into the body of a credit submission, or into errors by column.
import {
  CreditSubmissionCreate,
  normalizeResidentId,
  OUTCOME_LIMITS,
  TEXT_LIMITS,
  validateResidentId,
  validationMessage,
  type Locale,
  type OutcomeType,
} from '@learning-city/core';
import { FIELD_SPECS, type CreditField } from './columns.js';
import { rowMessages } from './messages.js';

/** A cell's text and the column (header as written in the file) it came from. */
export interface Cell {
  value: string;
  column: string;
}

/** One problem in one cell. */
export interface CellError {
  column: string;
  message: string;
}

export type RowCheck = { ok: true; body: CreditSubmissionCreate } | { ok: false; errors: CellError[] };

export interface RowCheckOptions {
  locale: Locale;
  /** Used where a row has no outcome type (no column, or an empty cell). */
  defaultType?: OutcomeType | undefined;
  /** Dates may not be later than this day (China Standard Time); defaults to now. */
  today?: Date;
}

const OUTCOME_TYPE_WORDS: Record<string, OutcomeType> = {
  学历教育: 'academic',
  academic: 'academic',
  非学历教育: 'non_academic',
  non_academic: 'non_academic',
  'non-academic': 'non_academic',
  nonacademic: 'non_academic',
  无一定形式学习: 'informal',
  非正式学习: 'informal',
  informal: 'informal',
};

/** Reads an outcome type written in Chinese or English. */
export function parseOutcomeType(value: string): OutcomeType | undefined {
  return OUTCOME_TYPE_WORDS[value.trim().toLowerCase()];
}

const TEXT_MAX: Partial<Record<CreditField, number>> = {
  name: TEXT_LIMITS.name,
  title: TEXT_LIMITS.title,
  issuer: TEXT_LIMITS.title,
  certificateNumber: 64,
  level: 20,
};

/**
 * Checks a row with core's rules (ID number check digit and birth date, real dates not in the future,
 * hours and credits in range, required fields, lengths) and, as a last gate, core's `CreditSubmissionCreate`
 * schema, so what passes here passes on the server.
 */
export function checkRow(cells: Partial<Record<CreditField, Cell>>, options: RowCheckOptions): RowCheck {
  const say = rowMessages(options.locale);
  const today = chinaDate(options.today ?? new Date());
  const errors: CellError[] = [];
  const columnOf = (field: CreditField) => cells[field]?.column ?? FIELD_SPECS[field].labels[options.locale];
  const fail = (field: CreditField, message: string) => {
    errors.push({ column: columnOf(field), message });
    return undefined;
  };
  const text = (field: CreditField): string | undefined => {
    // A cell may hold line breaks (Alt+Enter in Excel); every field is one line on the platform.
    const value = (cells[field]?.value ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (value === '')
      return FIELD_SPECS[field].required ? fail(field, say.required(columnOf(field))) : undefined;
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return fail(field, say.controlCharacter);
    const max = TEXT_MAX[field];
    if (max !== undefined && Array.from(value).length > max) return fail(field, say.tooLong(max));
    return value;
  };
  const amount = (field: 'hours' | 'credits'): number | undefined => {
    const value = text(field);
    if (value === undefined) return undefined;
    const normal = toHalfWidth(value);
    if (!/^-?\d+(\.\d+)?$/.test(normal)) return fail(field, say.notNumber);
    const number = Number(normal);
    if (number < 0 || number > OUTCOME_LIMITS[field]) return fail(field, say.range(OUTCOME_LIMITS[field]));
    return number;
  };

  const name = text('name');
  let residentId = text('residentId');
  let birthDate: string | undefined;
  if (residentId !== undefined) {
    residentId = toHalfWidth(residentId); // typed with a Chinese input method: １１０１…Ｘ
    const result = validateResidentId(residentId, { today: options.today ?? new Date() });
    if (result.ok) {
      residentId = normalizeResidentId(residentId);
      birthDate = result.birthDate;
    } else {
      residentId = fail('residentId', validationMessage(`residentId.${result.reason}`, options.locale));
    }
  }
  const title = text('title');
  const issuer = text('issuer');
  let type: OutcomeType | undefined;
  const typeText = cells.type?.value.trim() ?? '';
  if (typeText !== '') type = parseOutcomeType(typeText) ?? fail('type', say.outcomeType);
  else if (options.defaultType !== undefined) type = options.defaultType;
  else fail('type', say.required(columnOf('type')));
  let achievedOn: string | undefined;
  const dateText = text('achievedOn');
  if (dateText !== undefined) {
    achievedOn = parseDate(dateText);
    if (achievedOn === undefined) fail('achievedOn', say.notDate);
    else if (achievedOn > today) achievedOn = fail('achievedOn', say.futureDate);
    else if (birthDate !== undefined && achievedOn < birthDate) {
      achievedOn = fail('achievedOn', say.beforeBirth(birthDate));
    }
  }
  const hours = amount('hours');
  const credits = amount('credits');
  const certificateNumber = text('certificateNumber');
  const level = text('level');
  if (errors.length > 0) return { ok: false, errors };

  const body = {
    learner: { name: name!, residentId: residentId! },
    outcome: {
      type: type!,
      title: title!,
      issuer: issuer!,
      achievedOn: achievedOn!,
      hours: hours!,
      credits: credits!,
      ...(certificateNumber === undefined ? {} : { certificateNumber }),
      ...(level === undefined ? {} : { level }),
    },
  };
  const parsed = CreditSubmissionCreate.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const field = String(issue.path[issue.path.length - 1] ?? '') as CreditField;
      return {
        column: field in FIELD_SPECS ? columnOf(field) : issue.path.join('.'),
        message: say.other(issue.message),
      };
    }),
  };
}

/**
 * Reads a date written year first — `2026-06-30`, `2026/6/30`, `2026.6.30`, `2026年6月30日` or `20260630` —
 * as `YYYY-MM-DD`, or `undefined` when it is not a real calendar date.
 */
export function parseDate(value: string): string | undefined {
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(toHalfWidth(value.trim())) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(toHalfWidth(value.trim()));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Full-width digits and punctuation (as typed with a Chinese input method) to ASCII. */
function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** `YYYY-MM-DD` of a moment in China Standard Time. */
function chinaDate(moment: Date): string {
  return new Date(moment.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
