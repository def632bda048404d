// Each import registers its element (and <lc-provider>); the registration form loads on first use.
import '@learning-city/widgets/course-finder';
import '@learning-city/widgets/event-calendar';
import '@learning-city/widgets/star-nomination';
// Types the elements in JSX: their attributes, properties and `on<event-name>` listeners.
import type {} from '@learning-city/widgets/jsx';
import type { ActivitySelectEvent, RegistrationCompleteDetail } from '@learning-city/widgets/event-calendar';
import type { NominationCompleteDetail } from '@learning-city/widgets/star-nomination';
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
  const onNominated = (event: CustomEvent<NominationCompleteDetail>) =>
    setMessage(`推荐已提交，编号 ${event.detail.nomination.reference}`);

  return (
    <main>
      <h1>
        全民终身学习 <span lang="en">Lifelong learning</span>
      </h1>
      <p role="status">{message}</p>
      <lc-provider api-base={apiBase} publishable-key={publishableKey} locale="zh-CN">
        <section>
          <h2>找课程</h2>
          <lc-course-finder url-state onlc-registration-complete={onRegistered}></lc-course-finder>
        </section>
        <section>
          <h2>全民终身学习活动周</h2>
          <lc-event-calendar
            view="month"
            onlc-activity-select={onSelect}
            onlc-registration-complete={onRegistered}
          ></lc-event-calendar>
        </section>
        <section>
          <h2>推荐百姓学习之星</h2>
          <lc-star-nomination onlc-nomination-complete={onNominated}></lc-star-nomination>
        </section>
      </lc-provider>
    </main>
  );
}
