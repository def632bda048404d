// The events <lc-event-calendar> fires itself (registration events come from <lc-registration-dialog>).
import type { Activity } from '@learning-city/core';

/** `detail` of `lc-activity-select`. */
export interface ActivitySelectDetail {
  /** The activity the visitor opened, with the seats as last loaded. */
  activity: Activity;
}

/** The event fired when the visitor opens an activity; cancel it to show your own details instead. */
export type ActivitySelectEvent = CustomEvent<ActivitySelectDetail>;

/** Builds `lc-activity-select`: bubbling, composed and cancelable. */
export function activitySelectEvent(activity: Activity): ActivitySelectEvent {
  return new CustomEvent('lc-activity-select', {
    detail: { activity },
    bubbles: true,
    composed: true,
    cancelable: true,
  });
}

declare global {
  interface HTMLElementEventMap {
    'lc-activity-select': ActivitySelectEvent;
  }
}
