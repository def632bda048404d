// Builds the sandbox's Hono app: request IDs, CORS, magic headers, every /v1 resource, and problem answers.
import { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { cors } from './cors.js';
import type { AppEnv } from './env.js';
import { HttpProblem } from './problem.js';
import { requestId } from './request-id.js';
import { activityFeedRoutes, activityRoutes } from './routes/activities.js';
import { courseRoutes } from './routes/courses.js';
import { creditSubmissionRoutes, learnerRoutes } from './routes/credit-bank.js';
import { campaignRoutes, mediaRoutes, nominationRoutes } from './routes/nominations.js';
import { registrationCreateRoutes, registrationRoutes } from './routes/registrations.js';
import { systemRoutes } from './routes/system.js';
import { testHelperRoutes } from './routes/test-helpers.js';
import { sandboxHeaders } from './sandbox-headers.js';
import { ResponseContractError } from './validation.js';

const PROBLEM_TYPE = 'application/problem+json';

/**
 * The platform API v1 over the sandbox's database. Mount it on any server; `startSandbox` serves it on
 * @hono/node-server.
 * @example const app = createApp(sandbox); const response = await app.request('/v1/health');
 */
export function createApp(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestId);
  app.use('*', cors);
  app.use('*', sandboxHeaders(sandbox));

  const v1 = new Hono<AppEnv>();
  v1.route('/', systemRoutes(sandbox));
  v1.route('/', activityFeedRoutes(sandbox));
  v1.route('/', registrationCreateRoutes(sandbox));
  v1.route('/courses', courseRoutes(sandbox));
  v1.route('/activities', activityRoutes(sandbox));
  v1.route('/registrations', registrationRoutes(sandbox));
  v1.route('/credit-submissions', creditSubmissionRoutes(sandbox));
  v1.route('/learners', learnerRoutes(sandbox));
  v1.route('/nomination-campaigns', campaignRoutes(sandbox));
  v1.route('/media', mediaRoutes(sandbox));
  v1.route('/nominations', nominationRoutes(sandbox));
  v1.route('/test-helpers', testHelperRoutes(sandbox));
  app.route('/v1', v1);

  app.notFound((c) => {
    const problem = new HttpProblem(404, 'not_found', `No endpoint ${c.req.method} ${c.req.path}.`);
    return c.body(JSON.stringify(problem.toBody(c.get('requestId'))), 404, { 'content-type': PROBLEM_TYPE });
  });

  app.onError((error, c) => {
    const id = c.get('requestId');
    let problem: HttpProblem;
    if (error instanceof HttpProblem) problem = error;
    else {
      // Stack traces go to the log, never to the client.
      sandbox.logError(
        error instanceof ResponseContractError
          ? `[${id}] response contract violation: ${error.message}`
          : `[${id}] ${c.req.method} ${c.req.path} failed`,
        error,
      );
      problem = new HttpProblem(
        500,
        'server_error',
        `Something failed in the sandbox. Quote Request-Id ${id}.`,
      );
    }
    return c.body(JSON.stringify(problem.toBody(id)), problem.status as 500, {
      'content-type': PROBLEM_TYPE,
      ...problem.headers,
    });
  });
  return app;
}
