// `/v1/courses`: search with facets, and one course with its offerings (with the flaky magic course).
import {
  CourseDetail,
  CourseFacets,
  CourseFilters,
  CourseListParams,
  Course,
  listPage,
} from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import { MAGIC } from '../../magic.js';
import { getCourse, listCourses } from '../../store/courses.js';
import { courseFacets, districtLabels, type DistrictLabel } from '../../store/facets.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { HttpProblem, notFound } from '../problem.js';
import { parseQuery, send } from '../validation.js';

const CoursePage = listPage(Course);

/** `GET /courses`, `GET /courses/facets`, `GET /courses/{id}` (publishable key). */
export function courseRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'publishable'));
  app.get('/', async (c) =>
    send(c, 200, CoursePage, await listCourses(sandbox.db, parseQuery(c, CourseListParams))),
  );
  let districts: Promise<DistrictLabel[]> | undefined;
  app.get('/facets', async (c) => {
    const filters = parseQuery(c, CourseFilters);
    districts ??= districtLabels(sandbox.db).catch((error: unknown) => {
      districts = undefined;
      throw error;
    });
    return send(c, 200, CourseFacets, await courseFacets(sandbox.db, filters, await districts));
  });
  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    if (id === MAGIC.flakyCourseId && !sandbox.failedOnce.has('flaky-course')) {
      sandbox.failedOnce.add('flaky-course');
      throw new HttpProblem(503, 'unavailable', 'The magic flaky course fails once per sandbox run. Retry.', {
        headers: { 'retry-after': '1' },
      });
    }
    const course = await getCourse(sandbox.db, id);
    if (course === undefined) throw notFound('course', id);
    return send(c, 200, CourseDetail, course);
  });
  return app;
}
