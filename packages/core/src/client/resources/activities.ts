// `/activities`: the activity calendar, one activity with live seats, and iCalendar feeds.
import { Activity, type ActivityListParams } from '../../models/activity.js';
import { listPage } from '../../models/list.js';
import { PagedList } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const ActivityPage = listPage(Activity);

/**
 * Activities, e.g. one lifelong-learning week (全民终身学习活动周).
 * @example
 * for await (const activity of activities(transport).list({ series: 'ser_2026week' })) render(activity);
 */
export function activities(transport: Transport) {
  return {
    list(params: ActivityListParams = {}, options?: RequestOptions): PagedList<Activity> {
      return new PagedList(
        (cursor) =>
          transport.request({
            method: 'GET',
            path: '/activities',
            query: { ...params, cursor },
            schema: ActivityPage,
            options,
          }),
        params.cursor,
      );
    },
    /** One activity with live `seatsLeft` and `waitlistOpen`. */
    get(id: string, options?: RequestOptions): Promise<Activity> {
      return transport.request({
        method: 'GET',
        path: `/activities/${encodeURIComponent(id)}`,
        schema: Activity,
        options,
      });
    },
    /** The activity as an iCalendar (`text/calendar`) document. */
    calendar(id: string, options?: RequestOptions): Promise<string> {
      return transport.requestText({
        method: 'GET',
        path: `/activities/${encodeURIComponent(id)}/calendar.ics`,
        options,
      });
    },
  };
}
export type ActivitiesResource = ReturnType<typeof activities>;
