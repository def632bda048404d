import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CourseListParams } from '../models/course.js';
import { CreditSubmissionCreate } from '../models/credit.js';
import { RegistrationCreate } from '../models/registration.js';
import { VALIDATION_MESSAGES } from '../validators/messages.js';
import { toFieldIssues } from './field-issues.js';

/** The issues of a value the schema refuses, with the value passed as input. */
function issuesOf(schema: { safeParse(value: unknown): { error?: { issues: unknown[] } } }, value: unknown) {
  const issues = schema.safeParse(value).error?.issues;
  assert.ok(issues, 'expected the schema to refuse the value');
  return toFieldIssues(issues as Parameters<typeof toFieldIssues>[0], value);
}

const outcome = {
  type: 'non_academic',
  title: '1+X 网店运营推广（中级）',
  issuer: '北京市职业技能鉴定中心',
  achievedOn: '2026-01-05',
  hours: 64,
  credits: 4,
};
const learner = { name: '李强', residentId: '11010519491231002X' };

describe('toFieldIssues', () => {
  it('says the bound a number passed (limit: 500), not "Invalid input"', () => {
    assert.deepEqual(issuesOf(CourseListParams, { limit: 500 }), [
      { path: 'limit', code: 'too_big', message: 'must be at most 100' },
    ]);
    assert.equal(issuesOf(CourseListParams, { limit: 0 })[0]?.message, 'must be at least 1');
  });

  it('lists the choices of an enum (sort: nope)', () => {
    assert.equal(
      issuesOf(CourseListParams, { sort: 'nope' })[0]?.message,
      'expected one of "relevance", "starts_on", "title", "fee"',
    );
  });

  it('names the format of a date, a mobile and a resident ID number', () => {
    const date = issuesOf(CreditSubmissionCreate, {
      learner,
      outcome: { ...outcome, achievedOn: '2026/01/05' },
    });
    assert.deepEqual(date, [
      {
        path: 'outcome.achievedOn',
        code: 'invalid_format',
        message: 'expected a date YYYY-MM-DD, e.g. 2026-01-05',
      },
    ]);
    const registration = { name: '王芳', mobile: '1380000', consents: { privacyNotice: true } };
    assert.match(
      issuesOf(RegistrationCreate, registration)[0]?.message ?? '',
      /mainland mobile number: 11 digits/,
    );
    const shortId = issuesOf(CreditSubmissionCreate, {
      learner: { ...learner, residentId: '1101051949' },
      outcome,
    });
    assert.deepEqual(
      shortId.map((issue) => issue.path),
      ['learner.residentId'],
      'one issue, not also the check digit',
    );
    assert.match(shortId[0]!.message, /18-character resident ID number/);
  });

  it('refuses control characters with a message saying so', () => {
    const issues = issuesOf(CreditSubmissionCreate, {
      learner,
      outcome: { ...outcome, title: '证书\u001b[2J' },
    });
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['outcome.title'],
    );
    assert.equal(issues[0]!.message, VALIDATION_MESSAGES.en['text.control_characters']);
    const lineBreak = issuesOf(CreditSubmissionCreate, {
      learner,
      outcome: { ...outcome, title: '证书\n第二行' },
    });
    assert.equal(lineBreak[0]!.message, 'This field takes one line; please remove the line breaks');
  });

  it('says an empty text must not be empty and a long one how long it may be', () => {
    const issues = issuesOf(CreditSubmissionCreate, {
      learner,
      outcome: { ...outcome, title: '   ', issuer: '机'.repeat(121) },
    });
    assert.deepEqual(
      issues.map(({ path, message }) => [path, message]),
      [
        ['outcome.title', 'must not be empty'],
        ['outcome.issuer', 'must be at most 120 characters'],
      ],
    );
  });

  it('names the type found in the input, or that the field is missing', () => {
    const issues = issuesOf(CreditSubmissionCreate, {
      learner: { name: '李强', residentId: 42 },
      outcome: [],
    });
    assert.deepEqual(
      issues.map(({ path, message }) => [path, message]),
      [
        ['learner.residentId', 'expected string, received number'],
        ['outcome', 'expected object, received array'],
      ],
    );
    assert.equal(
      issuesOf(CreditSubmissionCreate, { outcome })[0]?.message,
      'expected object, but it is missing',
    );
  });

  it('refuses an outcome achieved before the learner was born, without repeating the date of birth', () => {
    // 11010519491231002X: born 1949-12-31.
    const issues = issuesOf(CreditSubmissionCreate, {
      learner,
      outcome: { ...outcome, achievedOn: '1949-12-30' },
    });
    assert.deepEqual(issues, [
      {
        path: 'outcome.achievedOn',
        code: 'custom',
        message: "is before the learner's date of birth (read from the ID number)",
      },
    ]);
    assert.equal(
      CreditSubmissionCreate.safeParse({ learner, outcome: { ...outcome, achievedOn: '1949-12-31' } })
        .success,
      true,
    );
  });

  it('keeps a schema’s own message', () => {
    const issues = issuesOf(CreditSubmissionCreate, {
      learner: { ...learner, residentId: '110105194912310021' },
      outcome,
    });
    assert.equal(issues[0]?.message, 'Not a valid resident ID number (GB 11643)');
  });
});
