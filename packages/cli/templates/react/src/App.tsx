// Registers <lc-provider> and <lc-event-calendar>; the registration form loads on first use.
import '@learning-city/widgets/event-calendar';
// Types the elements in JSX: their attributes, properties and `on<event-name>` listeners.
import type {} from '@learning-city/widgets/jsx';
import type { ActivitySelectEvent } from '@learning-city/widgets/event-calendar';
import type { RegistrationCompleteDetail } from '@learning-city/widgets';
import { useState } from 'react';

const apiBase = import.meta.env.VITE_LC_API_BASE;
const publishableKey = import.meta.env.VITE_LC_PUBLISHABLE_KEY;

export function App() {
  const [message, setMessage] = useState('');

  // React 19 passes `on<event-name>` props of a custom element to addEventListener, name unchanged.
  const onSelect = (event: ActivitySelectEvent) => setMessage(`已选择：${event.detail.activity.title}`);
  const onRegistered = (event: CustomEvent<RegistrationCompleteDetail>) => {
    const { registration } = event.detail;
    setMessage(
      registration.status === 'waitlisted'
        ? `已加入候补，第 ${registration.waitlistPosition} 位`
        : `报名成功（${registration.id}）`,
    );
  };

  return (
    <main>
      <h1>
        全民终身学习活动周 <span lang="en">Lifelong-learning week</span>
      </h1>
      <p role="status">{message}</p>
      <lc-provider api-base={apiBase} publishable-key={publishableKey} locale="zh-CN">
        <lc-event-calendar
          view="month"
          onlc-activity-select={onSelect}
          onlc-registration-complete={onRegistered}
        ></lc-event-calendar>
      </lc-provider>
    </main>
  );
}
