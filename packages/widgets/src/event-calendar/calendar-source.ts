// The calendar's data from the platform API, through core's activities resource (never `fetch` directly).
import { activities, type Activity, type Transport } from '@learning-city/core';
import type { ActivitySource } from './calendar-controller.js';

/** The largest page the API serves. */
const PAGE_SIZE = 100;

/**
 * An {@link ActivitySource} backed by `GET /v1/activities`, reading every page of a period.
 * @example new CalendarController(host, { source: () => remoteSource(transportFor(readConfig(el))), now: Date.now });
 */
export function remoteSource(transport: Transport): ActivitySource {
  const resource = activities(transport);
  return {
    async list(query, signal) {
      const all: Activity[] = [];
      for await (const page of resource.list({ ...query, limit: PAGE_SIZE }, { signal }).pages()) {
        all.push(...page.data);
      }
      return all;
    },
    get: (id) => resource.get(id),
    async series(id, signal) {
      const page = await resource.list({ series: id, limit: 1 }, { signal });
      return page.data[0]?.series ?? null;
    },
  };
}
