// `/v1/activities`: the calendar, one activity with live seats, and iCalendar for one or a filtered feed.
import {
  Activity,
  ActivityListParams,
  activitiesToICalendar,
  activityToICalendar,
  listPage,
} from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import { allActivities, getActivity, listActivities } from '../../store/activities.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { notFound } from '../problem.js';
import { parseQuery, send } from '../validation.js';

const ActivityPage = listPage(Activity);
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** `GET /activities`, `GET /activities/{id}`, `GET /activities/{id}/calendar.ics` (publishable key). */
export function activityRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Keys per route, not `use('*')`: registration routes share the `/activities/` prefix.
  const key = requireKey(sandbox, 'publishable');
  app.get('/', key, async (c) =>
    send(c, 200, ActivityPage, await listActivities(sandbox.db, parseQuery(c, ActivityListParams))),
  );
  app.get('/:id', key, async (c) => {
    const activity = await getActivity(sandbox.db, c.req.param('id'));
    if (activity === undefined) throw notFound('activity', c.req.param('id'));
    return send(c, 200, Activity, activity);
  });
  app.get('/:id/calendar.ics', key, async (c) => {
    const activity = await getActivity(sandbox.db, c.req.param('id'));
    if (activity === undefined) throw notFound('activity', c.req.param('id'));
    return c.body(activityToICalendar(activity), 200, {
      'content-type': CALENDAR_TYPE,
      'content-disposition': `attachment; filename="${activity.id}.ics"`,
    });
  });
  return app;
}

/** `GET /activities.ics`: every activity matching the list filters as one feed (publishable key). */
export function activityFeedRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/activities.ics', requireKey(sandbox, 'publishable'), async (c) => {
    const activities = await allActivities(sandbox.db, parseQuery(c, ActivityListParams));
    return c.body(activitiesToICalendar(activities, { name: '学习活动' }), 200, {
      'content-type': CALENDAR_TYPE,
    });
  });
  return app;
}
