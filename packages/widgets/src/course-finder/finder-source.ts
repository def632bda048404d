// The finder's data from the platform API, through core's courses resource (never `fetch` directly).
import { courses, type Transport } from '@learning-city/core';
import type { CourseSource } from './finder-controller.js';

/**
 * A {@link CourseSource} backed by `GET /v1/courses`, `/v1/courses/facets` and `/v1/courses/{id}`.
 * @example new FinderController(host, { source: () => remoteSource(transportFor(readConfig(el))) });
 */
export function remoteSource(transport: Transport): CourseSource {
  const resource = courses(transport);
  return {
    list: async (params, signal) => resource.list(params, { signal }),
    facets: (filters, signal) => resource.facets(filters, { signal }),
    get: (id, signal) => resource.get(id, signal ? { signal } : undefined),
  };
}
