// Registrations for activities and course offerings: create, read and cancel with the registration token.
import { Registration, type RegistrationCreate } from '../../models/registration.js';
import type { RequestOptions, Transport } from '../transport.js';

/** Where a registration goes: an activity (`act_…`) or a course offering (`off_…`). */
function targetPath(targetId: string): string {
  const collection = targetId.startsWith('off_') ? 'offerings' : 'activities';
  return `/${collection}/${encodeURIComponent(targetId)}/registrations`;
}

function withToken(token: string, options?: RequestOptions): RequestOptions {
  return { ...options, headers: { ...options?.headers, 'registration-token': token } };
}

/**
 * Registrations (报名). `create` sends an `Idempotency-Key`, so a retry after a dropped connection
 * answers the first registration instead of making a second.
 * @example
 * const reg = await registrations(transport).create('act_7Hq2…', {
 *   name: '王芳', mobile: '13800000000', consents: { privacyNotice: true },
 * });
 * if (reg.status === 'waitlisted') show(reg.waitlistPosition);
 */
export function registrations(transport: Transport) {
  return {
    /** Registers for an activity or offering: `confirmed` while seats remain, then `waitlisted`, then 409 `activity_full`. */
    create(targetId: string, body: RegistrationCreate, options?: RequestOptions): Promise<Registration> {
      return transport.request({
        method: 'POST',
        path: targetPath(targetId),
        body,
        schema: Registration,
        options,
      });
    },
    /** Reads a registration; needs the `token` returned by `create`. */
    get(id: string, token: string, options?: RequestOptions): Promise<Registration> {
      return transport.request({
        method: 'GET',
        path: `/registrations/${encodeURIComponent(id)}`,
        schema: Registration,
        options: withToken(token, options),
      });
    },
    /** Cancels; a freed seat goes to the head of the waitlist. */
    cancel(id: string, token: string, options?: RequestOptions): Promise<Registration> {
      return transport.request({
        method: 'POST',
        path: `/registrations/${encodeURIComponent(id)}/cancel`,
        body: {},
        schema: Registration,
        options: withToken(token, options),
      });
    },
  };
}
export type RegistrationsResource = ReturnType<typeof registrations>;
