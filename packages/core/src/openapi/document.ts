// Builds the OpenAPI 3.1 document from the models, so the contract is written once (never by hand).
import * as z from 'zod/mini';
import * as m from '../models/index.js';

type Scope = 'none' | 'publishable' | 'secret';

interface Operation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  scope: Scope;
  tag: string;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** A named response schema, or a media type for non-JSON bodies. */
  response: z.ZodMiniType | 'text/calendar' | 'image/*';
  status?: 200 | 201;
  registrationToken?: boolean;
  idempotent?: boolean;
  errors?: number[];
}

// Formats the browser-light schemas leave out (see models/common.ts).
z.globalRegistry.add(m.Timestamp, { format: 'date-time' });
z.globalRegistry.add(m.CalendarDate, { format: 'date' });

/** Named schemas, referenced as `#/components/schemas/<name>`. */
const NAMED: Record<string, z.ZodMiniType> = {
  Problem: m.Problem,
  FieldIssue: m.FieldIssue,
  Place: m.Place,
  InstitutionRef: m.InstitutionRef,
  Institution: m.Institution,
  Course: m.Course,
  CourseDetail: m.CourseDetail,
  Offering: m.Offering,
  CoursePage: m.listPage(m.Course),
  CourseFacets: m.CourseFacets,
  FacetBucket: m.FacetBucket,
  Series: m.Series,
  Activity: m.Activity,
  ActivityPage: m.listPage(m.Activity),
  RegistrationCreate: m.RegistrationCreate,
  Registration: m.Registration,
  CreditSubmissionCreate: m.CreditSubmissionCreate,
  CreditSubmissionBatchCreate: m.CreditSubmissionBatchCreate,
  CreditSubmission: m.CreditSubmission,
  CreditSubmissionPage: m.listPage(m.CreditSubmission),
  CreditSubmissionBatchResult: m.CreditSubmissionBatchResult,
  LearningOutcome: m.LearningOutcome,
  Evidence: m.Evidence,
  ReviewDecision: m.ReviewDecision,
  ReviewRequest: m.ReviewRequest,
  LedgerEntry: m.LedgerEntry,
  LearnerRecord: m.LearnerRecord,
  NominationCampaign: m.NominationCampaign,
  NominationCampaignPage: m.listPage(m.NominationCampaign),
  NominationCreate: m.NominationCreate,
  Nomination: m.Nomination,
  NominationMedia: m.NominationMedia,
  MediaUpload: m.MediaUpload,
  Media: m.Media,
};

const RecordParams = z.object({ format: z.optional(z.enum(['json', 'clr'])) });
const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Liveness',
    scope: 'none',
    tag: 'Meta',
    response: z.object({ ok: z.boolean() }),
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    scope: 'none',
    tag: 'Meta',
    response: z.object({ openapi: z.string() }),
  },
  {
    method: 'get',
    path: '/courses',
    summary: 'Search courses',
    scope: 'publishable',
    tag: 'Courses',
    query: m.CourseListParams,
    response: NAMED.CoursePage!,
  },
  {
    method: 'get',
    path: '/courses/facets',
    summary: 'Facet counts for the same filters',
    scope: 'publishable',
    tag: 'Courses',
    query: m.CourseFilters,
    response: m.CourseFacets,
  },
  {
    method: 'get',
    path: '/courses/{id}',
    summary: 'One course with its offerings',
    scope: 'publishable',
    tag: 'Courses',
    response: m.CourseDetail,
    errors: [404],
  },
  {
    method: 'post',
    path: '/offerings/{id}/registrations',
    summary: 'Register for a course offering',
    scope: 'publishable',
    tag: 'Registrations',
    body: m.RegistrationCreate,
    response: m.Registration,
    status: 201,
    idempotent: true,
    errors: [404, 409, 422],
  },
  {
    method: 'get',
    path: '/activities',
    summary: 'List activities',
    scope: 'publishable',
    tag: 'Activities',
    query: m.ActivityListParams,
    response: NAMED.ActivityPage!,
  },
  {
    method: 'get',
    path: '/activities.ics',
    summary: 'iCalendar feed of the filtered activities',
    scope: 'publishable',
    tag: 'Activities',
    query: m.ActivityListParams,
    response: 'text/calendar',
  },
  {
    method: 'get',
    path: '/activities/{id}',
    summary: 'One activity with live seats',
    scope: 'publishable',
    tag: 'Activities',
    response: m.Activity,
    errors: [404],
  },
  {
    method: 'get',
    path: '/activities/{id}/calendar.ics',
    summary: 'iCalendar for one activity',
    scope: 'publishable',
    tag: 'Activities',
    response: 'text/calendar',
    errors: [404],
  },
  {
    method: 'post',
    path: '/activities/{id}/registrations',
    summary: 'Register: confirmed, then waitlisted, then 409 activity_full',
    scope: 'publishable',
    tag: 'Registrations',
    body: m.RegistrationCreate,
    response: m.Registration,
    status: 201,
    idempotent: true,
    errors: [404, 409, 422],
  },
  {
    method: 'get',
    path: '/registrations/{id}',
    summary: 'Read a registration',
    scope: 'publishable',
    tag: 'Registrations',
    registrationToken: true,
    response: m.Registration,
    errors: [404],
  },
  {
    method: 'post',
    path: '/registrations/{id}/cancel',
    summary: 'Cancel; promotes the head of the waitlist',
    scope: 'publishable',
    tag: 'Registrations',
    registrationToken: true,
    idempotent: true,
    response: m.Registration,
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/credit-submissions',
    summary: 'Submit one learning outcome',
    scope: 'secret',
    tag: 'Credit bank',
    body: m.CreditSubmissionCreate,
    response: m.CreditSubmission,
    status: 201,
    idempotent: true,
    errors: [422],
  },
  {
    method: 'post',
    path: '/credit-submissions/batch',
    summary: 'Submit up to 500 outcomes; one result per row',
    scope: 'secret',
    tag: 'Credit bank',
    body: m.CreditSubmissionBatchCreate,
    response: m.CreditSubmissionBatchResult,
    idempotent: true,
    errors: [422],
  },
  {
    method: 'get',
    path: '/credit-submissions',
    summary: 'List submissions',
    scope: 'secret',
    tag: 'Credit bank',
    query: m.CreditSubmissionListParams,
    response: NAMED.CreditSubmissionPage!,
  },
  {
    method: 'get',
    path: '/credit-submissions/{id}',
    summary: 'One submission with its review decision',
    scope: 'secret',
    tag: 'Credit bank',
    response: m.CreditSubmission,
    errors: [404],
  },
  {
    method: 'get',
    path: '/learners/{id}/record',
    summary: 'The learner’s credit record; ?format=clr for CLR 2.0',
    scope: 'secret',
    tag: 'Credit bank',
    query: RecordParams,
    response: m.LearnerRecord,
    errors: [404],
  },
  {
    method: 'get',
    path: '/nomination-campaigns',
    summary: '百姓学习之星 campaigns',
    scope: 'publishable',
    tag: 'Nominations',
    query: m.CampaignListParams,
    response: NAMED.NominationCampaignPage!,
  },
  {
    method: 'post',
    path: '/media',
    summary: 'Upload a photo for a nomination',
    scope: 'publishable',
    tag: 'Nominations',
    body: m.MediaUpload,
    response: m.Media,
    status: 201,
    idempotent: true,
    errors: [413, 422],
  },
  {
    method: 'post',
    path: '/credit-submissions/{id}/resubmit',
    summary: 'Send a needs_info submission back to review',
    scope: 'secret',
    tag: 'Credit bank',
    response: m.CreditSubmission,
    idempotent: true,
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/test-helpers/activities/{id}/registrations',
    summary: 'Sandbox only: every registration of an activity',
    scope: 'secret',
    tag: 'Test helpers',
    response: m.listPage(m.Registration),
    errors: [404],
  },
  {
    method: 'post',
    path: '/test-helpers/registrations/{id}/attend',
    summary: 'Sandbox only: mark a confirmed registration attended',
    scope: 'secret',
    tag: 'Test helpers',
    response: m.Registration,
    idempotent: true,
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/media/{id}',
    summary: 'The photo’s bytes',
    scope: 'publishable',
    tag: 'Nominations',
    response: 'image/*',
    errors: [404],
  },
  {
    method: 'post',
    path: '/nominations',
    summary: 'Nominate a 百姓学习之星',
    scope: 'publishable',
    tag: 'Nominations',
    body: m.NominationCreate,
    response: m.Nomination,
    status: 201,
    idempotent: true,
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/nominations/{id}',
    summary: 'One nomination',
    scope: 'secret',
    tag: 'Nominations',
    response: m.Nomination,
    errors: [404],
  },
  {
    method: 'post',
    path: '/test-helpers/credit-submissions/{id}/review',
    summary: 'Sandbox only: move a submission through review',
    scope: 'secret',
    tag: 'Test helpers',
    body: m.ReviewRequest,
    response: m.CreditSubmission,
    idempotent: true,
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/test-helpers/credit-submissions/{id}/revoke',
    summary: 'Sandbox only: revoke a recognition (reversing ledger entry)',
    scope: 'secret',
    tag: 'Test helpers',
    response: m.CreditSubmission,
    idempotent: true,
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/test-helpers/activities',
    summary: 'Sandbox only: create an activity with a given capacity',
    scope: 'secret',
    tag: 'Test helpers',
    body: m.TestActivityCreate,
    response: m.Activity,
    status: 201,
    idempotent: true,
  },
  {
    method: 'post',
    path: '/test-helpers/courses',
    summary: 'Sandbox only: create a course with a chosen title, copying a seeded course and its offerings',
    scope: 'secret',
    tag: 'Test helpers',
    body: m.TestCourseCreate,
    response: m.CourseDetail,
    status: 201,
    idempotent: true,
  },
];

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed request',
  401: 'Missing or unknown key',
  403: 'The key lacks the scope, or a secret key was sent from a browser',
  404: 'Not found',
  409: 'Conflict: full, invalid state, or idempotency key reused',
  413: 'Too large',
  422: 'Validation failed; `errors` names each field',
  429: 'Rate limited; see Retry-After',
  500: 'Server error',
};

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output') {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** Named schemas with `$ref`s between them; request bodies described as input, the rest as output. */
function componentSchemas(): Record<string, unknown> {
  const generate = (io: 'input' | 'output') => {
    const registry = z.registry<{ id: string }>();
    for (const [name, schema] of Object.entries(NAMED)) registry.add(schema, { id: name });
    const { schemas } = z.toJSONSchema(registry, {
      io,
      unrepresentable: 'any',
      uri: (name) => `#/components/schemas/${name}`,
    }) as { schemas: Record<string, Record<string, unknown>> };
    return schemas;
  };
  const input = generate('input');
  const output = generate('output');
  return Object.fromEntries(
    Object.keys(NAMED).map((name) => {
      const isInput = /Create$|Request$|Upload$/.test(name);
      const { $schema: _s, $id: _i, ...schema } = (isInput ? input : output)[name]!;
      return [name, schema];
    }),
  );
}

function ref(schema: z.ZodMiniType, io: 'input' | 'output'): Record<string, unknown> {
  const name = Object.keys(NAMED).find((key) => NAMED[key] === schema);
  return name ? { $ref: `#/components/schemas/${name}` } : jsonSchema(schema, io);
}

function parameters(op: Operation) {
  const list: Record<string, unknown>[] = [];
  if (op.path.includes('{id}')) {
    list.push({ name: 'id', in: 'path', required: true, schema: { type: 'string' } });
  }
  if (op.query) {
    const schema = jsonSchema(op.query, 'input') as { properties?: Record<string, Record<string, unknown>> };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const isArray = property.type === 'array';
      list.push({
        name,
        in: 'query',
        required: false,
        schema: property,
        ...(isArray ? { style: 'form', explode: false, description: 'Comma-separated list' } : {}),
      });
    }
  }
  if (op.registrationToken) {
    list.push({
      name: 'Registration-Token',
      in: 'header',
      required: true,
      description: 'The token returned when the registration was created',
      schema: { type: 'string' },
    });
  }
  if (op.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Same key and body → the first response again; same key, other body → 409',
      schema: { type: 'string', maxLength: 255 },
    });
  }
  return list;
}

function responses(op: Operation) {
  const ok =
    typeof op.response === 'string'
      ? { description: 'OK', content: { [op.response]: { schema: { type: 'string' } } } }
      : { description: 'OK', content: { 'application/json': { schema: ref(op.response, 'output') } } };
  const errors = op.scope === 'none' ? [] : [401, 403, 429, 500, ...(op.errors ?? [])];
  const out: Record<string, unknown> = { [String(op.status ?? 200)]: ok };
  for (const status of [...new Set(errors)].sort()) {
    out[String(status)] = {
      description: ERROR_TEXT[status] ?? 'Error',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return out;
}

/** The OpenAPI 3.1 document for the platform API v1. */
export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string = '') => c.toUpperCase())}`,
      summary: op.summary,
      tags: [op.tag],
      security: op.scope === 'none' ? [] : [{ [op.scope === 'secret' ? 'secretKey' : 'publishableKey']: [] }],
      parameters: parameters(op),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(op.body, 'input') } },
            },
          }
        : {}),
      responses: responses(op),
    };
  }
  const schemas = componentSchemas();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Learning City platform API (学习型城市平台接口)',
      version,
      description:
        'Courses, activities, registrations, the credit bank (学分银行) and 百姓学习之星 nominations. ' +
        'Generated from the zod models in @learning-city/core; do not edit by hand.',
    },
    servers: [{ url: '/v1', description: 'Relative to the API origin' }],
    security: [{ publishableKey: [] }],
    paths,
    components: {
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'lc_pk_test_… / lc_pk_live_…; safe in pages',
        },
        secretKey: { type: 'http', scheme: 'bearer', description: 'lc_sk_…; servers only' },
      },
      schemas,
    },
  };
}

/** Every path the document covers, for tests that check the server implements them. */
export const OPENAPI_OPERATIONS = OPERATIONS.map(({ method, path, scope }) => ({ method, path, scope }));
