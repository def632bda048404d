// Sandbox-only endpoints that tests and demos use to set the stage: like a test clock, secret key only.
import {
  Activity,
  CourseDetail,
  listPage,
  Registration,
  ReviewRequest,
  CreditSubmission,
  TestActivityCreate,
  TestCourseCreate,
} from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import { newId } from '../../ids.js';
import { getActivity, insertActivity } from '../../store/activities.js';
import { getCourse, insertCourse } from '../../store/courses.js';
import { getSubmission, reviewSubmission } from '../../store/credit-submissions.js';
import { revokeSubmission } from '../../store/ledger.js';
import { markAttended, registrationsOf } from '../../store/registrations.js';
import { toTimestamp } from '../../time.js';
import { defaultWaitlistCapacity } from '../../waitlist.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { idempotent } from '../idempotency.js';
import { HttpProblem, notFound } from '../problem.js';
import { parseBody, readJson, send } from '../validation.js';

const RegistrationList = listPage(Registration);

/** `/test-helpers/…`: create an activity or a course, list its registrations, mark attendance, review and revoke credits. */
export function testHelperRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'secret'));

  app.post('/activities', idempotent(sandbox), async (c) => {
    const body = await parseBody(c, TestActivityCreate);
    const request = {
      title: body.title ?? '沙箱测试活动',
      capacity: body.capacity,
      waitlistCapacity: body.waitlistCapacity ?? defaultWaitlistCapacity(body.capacity),
      requiresResidentId: body.requiresResidentId ?? false,
      registrationOpen: body.registrationOpen ?? true,
    };
    const [institution] = await sandbox.db.query<{ id: string; name: string; division_code: string }>(
      'SELECT id, name, division_code FROM institutions ORDER BY id LIMIT 1',
    );
    const now = Date.now();
    const activity: Activity = {
      id: newId('activity'),
      title: request.title,
      summary: '由沙箱测试接口创建的活动。',
      kind: 'workshop',
      status: 'scheduled',
      series: null,
      institution: { id: institution?.id ?? 'ins_sandbox01', name: institution?.name ?? '沙箱机构' },
      place: { name: institution?.name ?? '沙箱机构', divisionCode: institution?.division_code ?? '110108' },
      audiences: ['residents'],
      startsAt: toTimestamp(now + 7 * 86_400_000),
      endsAt: toTimestamp(now + 7 * 86_400_000 + 2 * 3_600_000),
      capacity: request.capacity,
      seatsLeft: request.capacity,
      waitlistOpen: false,
      waitlistCount: 0,
      fee: 0,
      requiresResidentId: request.requiresResidentId,
      ...(request.requiresResidentId ? { residentIdPurpose: '场馆安检需核验身份（沙箱）' } : {}),
      registrationOpen: request.registrationOpen,
      updatedAt: toTimestamp(now),
    };
    await insertActivity(sandbox.db, activity, request.waitlistCapacity);
    const created = await getActivity(sandbox.db, activity.id);
    if (created === undefined) throw notFound('activity', activity.id);
    return send(c, 201, Activity, created);
  });

  app.post('/courses', idempotent(sandbox), async (c) => {
    const body = await parseBody(c, TestCourseCreate);
    // The model: the first seeded course (by ID) with an open offering, so the copy can be registered for.
    const [model] = await sandbox.db.query<{ id: string }>(
      `SELECT c.id FROM courses c
       WHERE EXISTS (SELECT 1 FROM offerings o WHERE o.course_id = c.id AND o.status = 'open')
       ORDER BY c.id LIMIT 1`,
    );
    const source = model && (await getCourse(sandbox.db, model.id));
    if (source === undefined) {
      throw new HttpProblem(404, 'not_found', 'The sandbox holds no course with an open offering to copy.');
    }
    const { offerings, ...course } = source;
    const id = newId('course');
    const waitlists = await sandbox.db.query<{ id: string; waitlist_capacity: number }>(
      'SELECT id, waitlist_capacity FROM offerings WHERE course_id = $1',
      [source.id],
    );
    await sandbox.db.transaction((tx) =>
      insertCourse(
        tx,
        {
          ...course,
          id,
          title: body.title ?? '沙箱测试课程',
          summary: body.summary ?? '由沙箱测试接口创建的课程。',
          seatsLeft: 0, // computed live from the offerings
          updatedAt: toTimestamp(Date.now()),
        },
        // Fresh offerings: new IDs, every seat free.
        offerings.map((offering) => ({
          offering: { ...offering, id: newId('offering'), courseId: id, seatsLeft: offering.capacity },
          waitlistCapacity:
            waitlists.find((row) => row.id === offering.id)?.waitlist_capacity ??
            defaultWaitlistCapacity(offering.capacity),
        })),
      ),
    );
    const created = await getCourse(sandbox.db, id);
    if (created === undefined) throw notFound('course', id);
    return send(c, 201, CourseDetail, created);
  });

  app.get('/activities/:id/registrations', async (c) => {
    if ((await getActivity(sandbox.db, c.req.param('id'))) === undefined)
      throw notFound('activity', c.req.param('id'));
    return send(c, 200, RegistrationList, {
      data: await registrationsOf(sandbox.db, c.req.param('id')),
      nextCursor: null,
    });
  });

  app.post('/registrations/:id/attend', idempotent(sandbox), async (c) => {
    await readJson(c);
    return send(c, 200, Registration, await markAttended(sandbox.db, c.req.param('id')));
  });

  app.post('/credit-submissions/:id/review', idempotent(sandbox), async (c) => {
    const request = await parseBody(c, ReviewRequest);
    return send(c, 200, CreditSubmission, await reviewSubmission(sandbox, c.req.param('id'), request));
  });

  app.post('/credit-submissions/:id/revoke', idempotent(sandbox), async (c) => {
    await readJson(c);
    await revokeSubmission(sandbox, c.req.param('id'));
    return send(c, 200, CreditSubmission, await getSubmission(sandbox.db, c.req.param('id')));
  });
  return app;
}
