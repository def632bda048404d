// <lc-event-calendar>: every view and state, against the sandbox (seeded around 2026-05-10; Beijing's
// lifelong-learning week runs 15–21 May 2026). Each story's `play` waits until its state is on screen.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { MAGIC_KEYS, sandbox, UNREACHABLE_API } from './sandbox.js';
import { inShadow, waitFor } from './wait.js';

interface CalendarArgs {
  apiBase: string;
  publishableKey: string;
  locale: 'zh-CN' | 'en';
  senior: boolean;
  view: '' | 'month' | 'week' | 'agenda';
  date: string;
  kind: string;
  district: string;
  audience: string;
  available: boolean;
  /** Width of the story's frame in px (0: full width). */
  width: number;
}

/** "Now" of the stories: the morning the 2026 week opens, so statuses and today's marker stay put. */
const NOW = new Date('2026-05-15T08:00:00+08:00');

const meta = {
  title: 'Widgets/Event calendar',
  component: 'lc-event-calendar',
  args: {
    apiBase: sandbox.url,
    publishableKey: sandbox.publishableKey,
    locale: 'zh-CN',
    senior: false,
    view: 'month',
    date: '2026-05-15',
    kind: '',
    district: '',
    audience: '',
    available: false,
    width: 1000,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    view: { control: 'inline-radio', options: ['', 'month', 'week', 'agenda'] },
    date: { control: 'text', description: 'First day shown, YYYY-MM-DD' },
    kind: { control: 'text', description: 'Activity kinds, comma-separated (lecture,reading…)' },
    district: { control: 'text', description: 'Division codes, comma-separated (110108…)' },
    audience: { control: 'text', description: 'Audiences, comma-separated (seniors,parents…)' },
    width: { control: { type: 'range', min: 320, max: 1280, step: 10 } },
  },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}px` : nothing}>
      <lc-event-calendar
        api-base=${args.apiBase}
        publishable-key=${args.publishableKey}
        locale=${args.locale}
        ?senior=${args.senior}
        view=${args.view || nothing}
        date=${args.date || nothing}
        kind=${args.kind || nothing}
        district=${args.district || nothing}
        audience=${args.audience || nothing}
        ?available=${args.available}
        .now=${NOW}
      ></lc-event-calendar>
    </div>`,
} satisfies Meta<CalendarArgs>;

export default meta;
type Story = StoryObj<CalendarArgs>;

const calendarIn = (canvas: HTMLElement) => canvas.querySelector('lc-event-calendar')!;

/** Waits until activities are listed. */
async function activitiesShown(canvas: HTMLElement): Promise<HTMLElement> {
  return waitFor(
    () => inShadow<HTMLElement>(calendarIn(canvas), '[part~="activity"]'),
    'activities are shown',
  );
}

/** Waits until the state message (loading, empty, error, offline) contains `text`. */
async function stateShows(canvas: HTMLElement, text: RegExp): Promise<void> {
  await waitFor(
    () => text.test(inShadow(calendarIn(canvas), '[part~="state"]')?.textContent ?? ''),
    `the state message matches ${text}`,
  );
}

export const Month: Story = { play: ({ canvasElement }) => activitiesShown(canvasElement).then(() => {}) };

export const Week: Story = {
  args: { view: 'week' },
  play: ({ canvasElement }) => activitiesShown(canvasElement).then(() => {}),
};

export const Agenda: Story = {
  args: { view: 'agenda' },
  play: ({ canvasElement }) => activitiesShown(canvasElement).then(() => {}),
};

/** Below 480 px the agenda is the default view. */
export const Narrow360: Story = {
  name: '360 px wide',
  args: { view: '', width: 360 },
  play: async ({ canvasElement }) => {
    await activitiesShown(canvasElement);
    await waitFor(() => inShadow(calendarIn(canvasElement), '[part~="agenda"]'), 'the agenda view is chosen');
  },
};

export const Filtered: Story = {
  args: { kind: 'lecture,reading', available: true },
  play: ({ canvasElement }) => activitiesShown(canvasElement).then(() => {}),
};

export const ActivityDetails: Story = {
  play: async ({ canvasElement }) => {
    const activity = await activitiesShown(canvasElement);
    activity.click();
    await waitFor(() => inShadow(calendarIn(canvasElement), '[part~="details"]'), 'the details are open');
  },
};

/** Senior mode: the month grid shows each day's count in large type (no small chips), and no pop-ups. */
export const Senior: Story = {
  name: 'Senior mode (适老化)',
  args: { senior: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => inShadow(calendarIn(canvasElement), '.day-count'), "each day's count is shown");
  },
};

export const SeniorAgenda: Story = {
  name: 'Senior mode, agenda',
  args: { senior: true, view: 'agenda' },
  play: ({ canvasElement }) => activitiesShown(canvasElement).then(() => {}),
};

export const English: Story = {
  args: { locale: 'en' },
  play: ({ canvasElement }) => activitiesShown(canvasElement).then(() => {}),
};

/** The sandbox's slow key: nothing answers for 10 s. */
export const Loading: Story = {
  args: { publishableKey: MAGIC_KEYS.slow },
  play: ({ canvasElement }) => stateShows(canvasElement, /加载|Loading/),
};

/** A month without activities. */
export const Empty: Story = {
  args: { date: '2031-02-01' },
  play: ({ canvasElement }) => stateShows(canvasElement, /没有|No /),
};

/** The sandbox's malformed key: the response fails validation, and the console names the field. */
export const MalformedResponse: Story = {
  args: { publishableKey: MAGIC_KEYS.malformed },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => inShadow(calendarIn(canvasElement), '[part~="state"] button'),
      'the error state offers a retry',
    );
  },
};

/** Nothing listens at the API base: the offline / connection state with a retry. */
export const Offline: Story = {
  args: { apiBase: UNREACHABLE_API },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => inShadow(calendarIn(canvasElement), '[part~="state"] button'),
      'the offline state offers a retry',
    );
  },
};
