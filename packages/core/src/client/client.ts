// `createClient`: every resource of the platform API behind one object, for Node services and the CLI.
import { activities } from './resources/activities.js';
import { courses } from './resources/courses.js';
import { creditSubmissions, learners } from './resources/credit-bank.js';
import { nominationCampaigns, nominations } from './resources/nominations.js';
import { registrations } from './resources/registrations.js';
import { createTransport, type ClientOptions } from './transport.js';

/**
 * Creates a client for the platform API.
 *
 * Every response is validated against the models; failures throw a subclass of `LearningCityError`.
 * 408, 429, 5xx, timeouts and dropped connections are retried (`maxRetries`, default 2) with backoff,
 * honouring `Retry-After`; every POST carries an `Idempotency-Key` that stays the same across retries.
 *
 * @example
 * import { createClient } from '@learning-city/core';
 * const lc = createClient({ baseUrl: 'https://api.example.cn', apiKey: process.env.LC_SECRET_KEY! });
 * for await (const course of lc.courses.list({ category: ['heluo_culture'] })) console.log(course.title);
 */
export function createClient(options: ClientOptions) {
  const transport = createTransport(options);
  return {
    courses: courses(transport),
    activities: activities(transport),
    registrations: registrations(transport),
    creditSubmissions: creditSubmissions(transport),
    learners: learners(transport),
    nominationCampaigns: nominationCampaigns(transport),
    nominations: nominations(transport),
  };
}

export type LearningCityClient = ReturnType<typeof createClient>;
