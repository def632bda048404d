// Starts ONE sandbox per test file (PGlite takes seconds and hundreds of MB to open), with clients for it.
// With TEST_DATABASE_URL set, the sandbox runs on that PostgreSQL server in a fresh schema, dropped afterwards.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import {
  createClient,
  residentIdCheckCharacter,
  type ClientOptions,
  type LearningCityClient,
  type Registration,
} from '@learning-city/core';
import type { Queryable } from '../src/db/database.js';
import { databaseOf } from '../src/db/internal-access.js';
import { dropSchema } from '../src/db/postgres.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../src/index.js';
import type { SeedData } from '../src/seed/types.js';

export interface TestSandbox {
  sandbox: Sandbox;
  url: string;
  /** A client with the publishable key. */
  pk: LearningCityClient;
  /** A client with the secret key. */
  sk: LearningCityClient;
  /** A client with other options (another key, no retries…). */
  client(options: Partial<ClientOptions>): LearningCityClient;
  /** A raw request to `/v1…` with the secret key (or `key`), answering status, headers and parsed body. */
  call(method: string, path: string, init?: RawInit): Promise<RawResponse>;
  /** The sandbox's database, to read (or tamper with) raw rows. */
  db: Queryable;
  close(): Promise<void>;
}

export interface RawInit {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** Which database the tests run on, for test names and logs. */
export const TEST_DATABASE = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** A fresh schema name for a sandbox on the test server. */
export const testSchema = () => `lc_test_${randomBytes(6).toString('hex')}`;

/**
 * Starts one sandbox for the calling test file (or `describe` block) in `before` and closes it in `after`;
 * on the full seed unless `seedData` says otherwise.
 * @returns a getter for the running sandbox.
 */
export function useSandbox(options: Pick<SandboxOptions, 'seedData'> = {}): () => TestSandbox {
  let started: TestSandbox | undefined;
  before(async () => {
    started = await startTestSandbox(options);
  });
  after(() => started?.close());
  return () => {
    if (started === undefined) throw new Error('The test sandbox starts in before()');
    return started;
  };
}

async function startTestSandbox(options: Pick<SandboxOptions, 'seedData'>): Promise<TestSandbox> {
  const databaseUrl = process.env.TEST_DATABASE_URL || undefined;
  const schema = databaseUrl ? testSchema() : undefined;
  const sandbox = await startSandbox({
    port: 0,
    seed: 1,
    ...options,
    ...(databaseUrl ? { databaseUrl, schema } : {}),
  });
  const client = (options: Partial<ClientOptions>) =>
    createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.publishable, maxRetries: 0, ...options });
  return {
    sandbox,
    url: sandbox.url,
    pk: client({ apiKey: sandbox.keys.publishable }),
    sk: client({ apiKey: sandbox.keys.secret }),
    client,
    async call(method, path, init = {}) {
      const key = init.key === undefined ? sandbox.keys.secret : init.key;
      const headers: Record<string, string> = { ...init.headers };
      if (key !== null) headers.authorization = `Bearer ${key}`;
      let body: string | undefined;
      if (init.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      }
      const response = await fetch(`${sandbox.url}/v1${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON (iCalendar, bytes): keep the text.
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    db: databaseOf(sandbox),
    async close() {
      await sandbox.close();
      if (databaseUrl && schema) await dropSchema(databaseUrl, schema);
    },
  };
}

/** Seed data holding only `parts`: a sandbox on it starts in about a second instead of four. */
export function seedOf(parts: Partial<SeedData> = {}): SeedData {
  return {
    seed: 1,
    generatedAt: '2026-05-10T09:00:00+08:00',
    institutions: [],
    courses: [],
    offerings: [],
    series: [],
    activities: [],
    waitlistCapacity: {},
    registrations: [],
    campaigns: [],
    learners: [],
    ...parts,
  };
}

/** A registration body that passes `RegistrationCreate`, with a distinct mobile per `n`. */
export function registrationBody(n = 0) {
  return {
    name: '王芳',
    mobile: `139${String(n).padStart(8, '0')}`,
    consents: { privacyNotice: true as const },
  };
}

/** Creates a fresh activity through the test helper. */
export async function createTestActivity(
  t: TestSandbox,
  body: {
    capacity: number;
    waitlistCapacity?: number;
    requiresResidentId?: boolean;
    registrationOpen?: boolean;
  },
): Promise<string> {
  const response = await t.call('POST', '/test-helpers/activities', { body });
  if (response.status !== 201) throw new Error(`test activity: ${response.status} ${response.text}`);
  return (response.body as { id: string }).id;
}

/** Every registration of an activity in arrival order, with waitlist positions (through the test helper). */
export async function registrationsOf(t: TestSandbox, activityId: string): Promise<Registration[]> {
  const response = await t.call('GET', `/test-helpers/activities/${activityId}/registrations`);
  assert.equal(response.status, 200);
  return (response.body as { data: Registration[] }).data;
}

/** A checksum-valid (fictional) resident ID number from 17 digits (GB 11643). */
export function residentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

/** A credit submission body for `who` (17 digits of an ID number). */
export function submissionBody(
  who: string,
  overrides: { hours?: number; credits?: number; externalRef?: string } = {},
) {
  return {
    learner: { name: '李强', residentId: residentId(who) },
    outcome: {
      type: 'non_academic' as const,
      title: '1+X 网店运营推广（中级）',
      issuer: '某某职业技术学院',
      achievedOn: '2026-03-30',
      hours: overrides.hours ?? 64,
      credits: overrides.credits ?? 4,
    },
    ...(overrides.externalRef === undefined ? {} : { externalRef: overrides.externalRef }),
  };
}

/** The smallest valid PNG (1×1), base64. */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A nomination body for `campaignId` with the given photos; deeds long enough for the seeded limits. */
export function nominationBody(campaignId: string, mediaIds: string[] = [], deedsChars = 400) {
  return {
    campaignId,
    nominee: {
      name: '赵秀兰',
      sex: 'female' as const,
      birthYear: 1958,
      mobile: '13912345678',
      divisionCode: '410305',
      group: 'senior' as const,
    },
    story: {
      summary: '退休后坚持学习书法与智能手机应用，带动社区老年人共同学习。',
      deeds: '学'.repeat(deedsChars),
      honours: ['2025年社区优秀志愿者'],
    },
    recommender: { institutionName: '涧西区社区学院', contactName: '李老师', contactMobile: '13700000000' },
    media: mediaIds.map((mediaId) => ({
      mediaId,
      caption: '在老年大学书法课上',
      photographer: '王摄影',
      copyrightHolder: '涧西区社区学院',
      licence: 'CC-BY-4.0' as const,
      publicityConsent: true as const,
    })),
    consents: { privacyNotice: true as const, publicity: true },
  };
}
