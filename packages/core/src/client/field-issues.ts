// Turns zod issues into the `{ path, code, message }` of a 422 problem, with messages a person can act on.
import type * as z from 'zod/mini';
import {
  CALENDAR_DATE_PATTERN,
  MOBILE_NUMBER_PATTERN,
  RESIDENT_ID_NUMBER_PATTERN,
} from '../models/common.js';
import { VALIDATION_MESSAGES } from '../validators/messages.js';
import { typeName } from './transport.js';
import { MULTILINE_TEXT_PATTERN, ONE_LINE_TEXT_PATTERN, validateText } from '../validators/text.js';

/**
 * What each shared pattern of the models means, keyed as zod reports it (`String(regex)`). The schemas carry no
 * messages themselves, so browser bundles do not pay for these texts.
 */
const FORMAT_MESSAGES = new Map<string, string>([
  [String(CALENDAR_DATE_PATTERN), 'expected a date YYYY-MM-DD, e.g. 2026-01-05'],
  [
    String(MOBILE_NUMBER_PATTERN),
    'expected a mainland mobile number: 11 digits starting with 1 (spaces, hyphens and +86 are fine)',
  ],
  [
    String(RESIDENT_ID_NUMBER_PATTERN),
    'expected an 18-character resident ID number: 17 digits, then a digit or X',
  ],
]);

/** The validators' English message for text the models refused: a line break, or another control character. */
function textMessage(issue: z.core.$ZodIssue, input: unknown): string | undefined {
  const multiline = issue.code === 'invalid_format' && issue.pattern === String(MULTILINE_TEXT_PATTERN);
  if (!multiline && !(issue.code === 'invalid_format' && issue.pattern === String(ONE_LINE_TEXT_PATTERN))) {
    return undefined;
  }
  const { value } = valueAt(input, issue.path);
  const result = typeof value === 'string' ? validateText(value, { multiline }) : undefined;
  const reason = result && !result.ok ? result.reason : 'control_characters';
  return VALIDATION_MESSAGES.en[`text.${reason}`];
}

/** The value at a dotted issue path inside `input`, and whether the path exists at all. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value)) return { found: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

/** A bound with what it counts: `100`, `120 characters`, `1 item`. */
function bound(limit: number | bigint, origin: string): string {
  const noun = origin === 'string' ? 'character' : origin === 'array' || origin === 'set' ? 'item' : '';
  return noun ? `${limit} ${noun}${limit === 1 ? '' : 's'}` : String(limit);
}

/**
 * The message for one issue. A schema's own message (its `error` param) wins; zod/mini ships none of its own
 * ("Invalid input"), so bounds, choices and types are said here. zod/mini also leaves the offending value out of
 * its issues, so a wrong type is named from `input`, the value that was parsed, when it is given.
 */
function issueMessage(issue: z.core.$ZodIssue, input: unknown, hasInput: boolean): string {
  if (issue.code === 'invalid_type') {
    const at = hasInput ? valueAt(input, issue.path) : { found: false };
    const received = !hasInput ? '' : at.found ? `, received ${typeName(at.value)}` : ', but it is missing';
    return `expected ${issue.expected}${received}`;
  }
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'too_big':
      return issue.exact
        ? `must be exactly ${bound(issue.maximum, issue.origin)}`
        : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${bound(issue.maximum, issue.origin)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1 && !issue.exact) return 'must not be empty';
      return issue.exact
        ? `must be exactly ${bound(issue.minimum, issue.origin)}`
        : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${bound(issue.minimum, issue.origin)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return (
        textMessage(issue, input) ??
        FORMAT_MESSAGES.get(issue.pattern ?? '') ??
        (issue.format === 'regex'
          ? `expected text matching ${issue.pattern}`
          : `expected a valid ${issue.format}`)
      );
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into `{ path, code, message }`, paths dotted (`learner.residentId`, `items.3.outcome.hours`).
 * Pass the parsed value as `input` so a wrong type says what was found (`expected string, received number`).
 * @example
 * const parsed = CreditSubmissionCreate.safeParse(body);
 * if (!parsed.success) return problem(422, toFieldIssues(parsed.error.issues, body));
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], ...input: [] | [unknown]) {
  return issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
    message: issueMessage(issue, input[0], input.length > 0),
  }));
}
