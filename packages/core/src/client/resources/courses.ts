// `/courses`: search the catalogue, its facet counts, and one course with its offerings.
import {
  CourseDetail,
  CourseFacets,
  Course,
  type CourseFilters,
  type CourseListParams,
} from '../../models/course.js';
import { listPage } from '../../models/list.js';
import { PagedList } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const CoursePage = listPage(Course);

/**
 * The course catalogue.
 * @example
 * const page = await courses(transport).list({ q: '太极', category: ['health'], limit: 20 });
 */
export function courses(transport: Transport) {
  return {
    /** Courses matching the filters, a page at a time (`limit` 1–100, default 20). */
    list(params: CourseListParams = {}, options?: RequestOptions): PagedList<Course> {
      return new PagedList(
        (cursor) =>
          transport.request({
            method: 'GET',
            path: '/courses',
            query: { ...params, cursor },
            schema: CoursePage,
            options,
          }),
        params.cursor,
      );
    },
    /** Counts per category, audience, district, mode and free/paid under the same filters. */
    facets(filters: CourseFilters = {}, options?: RequestOptions): Promise<CourseFacets> {
      return transport.request({
        method: 'GET',
        path: '/courses/facets',
        query: filters,
        schema: CourseFacets,
        options,
      });
    },
    /** One course with its offerings. */
    get(id: string, options?: RequestOptions): Promise<CourseDetail> {
      return transport.request({
        method: 'GET',
        path: `/courses/${encodeURIComponent(id)}`,
        schema: CourseDetail,
        options,
      });
    },
  };
}
export type CoursesResource = ReturnType<typeof courses>;
