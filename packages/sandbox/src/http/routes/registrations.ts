// Registrations: create for an activity or an offering (idempotent), read and cancel with the token.
import { Registration, RegistrationCreate } from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import { cancelRegistration, createRegistration, getRegistration } from '../../store/registrations.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { idempotent } from '../idempotency.js';
import { parseBody, readJson, send } from '../validation.js';

/** `POST /activities/{id}/registrations` and `POST /offerings/{id}/registrations` (publishable key). */
export function registrationCreateRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = [requireKey(sandbox, 'publishable'), idempotent(sandbox)] as const;
  app.post('/activities/:id/registrations', ...guard, async (c) => {
    const body = await parseBody(c, RegistrationCreate);
    const registration = await createRegistration(sandbox, { kind: 'activity', id: c.req.param('id') }, body);
    return send(c, 201, Registration, registration);
  });
  app.post('/offerings/:id/registrations', ...guard, async (c) => {
    const body = await parseBody(c, RegistrationCreate);
    const registration = await createRegistration(sandbox, { kind: 'offering', id: c.req.param('id') }, body);
    return send(c, 201, Registration, registration);
  });
  return app;
}

/** `GET /registrations/{id}`, `POST /registrations/{id}/cancel`: publishable key plus `Registration-Token`. */
export function registrationRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'publishable'));
  app.get('/:id', async (c) =>
    send(
      c,
      200,
      Registration,
      await getRegistration(sandbox.db, c.req.param('id'), c.req.header('registration-token')),
    ),
  );
  app.post('/:id/cancel', idempotent(sandbox), async (c) => {
    await readJson(c); // Any JSON (the client sends `{}`), or nothing.
    const registration = await cancelRegistration(
      sandbox,
      c.req.param('id'),
      c.req.header('registration-token'),
    );
    return send(c, 200, Registration, registration);
  });
  return app;
}
