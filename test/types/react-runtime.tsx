// A React 19 page, bundled and run in Chromium by test/node/framework-types.test.ts: the same calendar used
// directly (React 19 sets `activities` as a property and listens to `onlc-activity-select`) and through the
// @lit/react wrapper. Each element reports the activity the visitor opened into `window.__opened`.
import type { Activity } from '@learning-city/core';
import type {} from '@learning-city/widgets/jsx';
import { EventCalendar } from '@learning-city/widgets/react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __activities: Activity[];
    __opened: string[];
  }
}

const now = new Date('2026-05-01T08:00:00+08:00');
const opened = (who: string, activity: Activity) => window.__opened.push(`${who} ${activity.id}`);

function Page() {
  return (
    <>
      <lc-event-calendar
        id="direct"
        view="agenda"
        date="2026-05-01"
        activities={window.__activities}
        now={now}
        onlc-activity-select={(event) => opened('direct', event.detail.activity)}
      />
      <EventCalendar
        id="wrapped"
        view="agenda"
        date="2026-05-01"
        activities={window.__activities}
        now={now}
        onActivitySelect={(event) => opened('wrapped', event.detail.activity)}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
