// <lc-course-finder>: every state, against the sandbox (3,200 seeded courses). Each story's `play` waits until
// its state is on screen.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { MAGIC_KEYS, sandbox, UNREACHABLE_API } from './sandbox.js';
import { inShadow, waitFor } from './wait.js';

interface FinderArgs {
  apiBase: string;
  publishableKey: string;
  locale: 'zh-CN' | 'en';
  senior: boolean;
  category: string;
  district: string;
  audience: string;
  pageSize: number;
  /** Width of the story's frame in px (0: full width). */
  width: number;
}

const meta = {
  title: 'Widgets/Course finder',
  component: 'lc-course-finder',
  args: {
    apiBase: sandbox.url,
    publishableKey: sandbox.publishableKey,
    locale: 'zh-CN',
    senior: false,
    category: '',
    district: '',
    audience: '',
    pageSize: 20,
    width: 1100,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    category: { control: 'text', description: 'Categories, comma-separated (health,sports…)' },
    district: { control: 'text', description: 'Division codes, comma-separated (410305…)' },
    audience: { control: 'text', description: 'Audiences, comma-separated (seniors,parents…)' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    width: { control: { type: 'range', min: 320, max: 1280, step: 10 } },
  },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}px` : nothing}>
      <lc-course-finder
        api-base=${args.apiBase}
        publishable-key=${args.publishableKey}
        locale=${args.locale}
        ?senior=${args.senior}
        category=${args.category || nothing}
        district=${args.district || nothing}
        audience=${args.audience || nothing}
        page-size=${args.pageSize}
      ></lc-course-finder>
    </div>`,
} satisfies Meta<FinderArgs>;

export default meta;
type Story = StoryObj<FinderArgs>;

const finderIn = (canvas: HTMLElement) => canvas.querySelector('lc-course-finder')!;

/** Waits until courses are listed and no search is running. */
async function resultsShown(canvas: HTMLElement): Promise<HTMLElement> {
  const finder = finderIn(canvas);
  return waitFor(
    () => !inShadow(finder, '[aria-busy="true"]') && inShadow<HTMLElement>(finder, '[part~="result"]'),
    'courses are listed',
  );
}

/** Waits until the state message (loading, empty, error, offline) matches `text`. */
async function stateShows(canvas: HTMLElement, text: RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const state = inShadow<HTMLElement>(finderIn(canvas), '[part~="state"]');
    return state && text.test(state.textContent ?? '') ? state : null;
  }, `the state message matches ${text}`);
}

/** Searches for `q` as a visitor does (type, then Enter). */
async function searchFor(canvas: HTMLElement, q: string): Promise<void> {
  const finder = finderIn(canvas);
  const input = await waitFor(() => inShadow<HTMLInputElement>(finder, '#q'), 'the search box');
  input.value = q;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  inShadow<HTMLFormElement>(finder, 'form')!.requestSubmit();
  await waitFor(() => finder.state.q === q, `the search for ${q} is applied`);
}

export const Results: Story = {
  play: async ({ canvasElement }) => {
    await searchFor(canvasElement, '太极');
    await resultsShown(canvasElement);
    await waitFor(() => inShadow(finderIn(canvasElement), '[part~="result"] mark'), 'the words are marked');
  },
};

/** Preset categories: the page shows only health and sports courses. */
export const Preset: Story = {
  name: 'Preset categories',
  args: { category: 'health,sports' },
  play: ({ canvasElement }) => resultsShown(canvasElement).then(() => {}),
};

export const CourseDetails: Story = {
  name: 'Course details',
  play: async ({ canvasElement }) => {
    const title = await waitFor(
      () => inShadow<HTMLElement>(finderIn(canvasElement), '[part~="result"] h3 button'),
      'a course title',
    );
    title.click();
    await waitFor(() => inShadow(finderIn(canvasElement), '[part~="offering"]'), 'the offerings are shown');
  },
};

/** Senior mode (适老化): text ≥ 18 px, targets ≥ 60 px, contrast ≥ 7:1, no pop-ups. */
export const Senior: Story = {
  name: 'Senior mode (适老化)',
  args: { senior: true },
  play: ({ canvasElement }) => resultsShown(canvasElement).then(() => {}),
};

export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await resultsShown(canvasElement);
    await waitFor(
      () => /courses found/.test(inShadow(finderIn(canvasElement), '[part~="count"]')?.textContent ?? ''),
      'the count is in English',
    );
  },
};

/** At 360 px the filters fold behind a button, and the results take the whole width. */
export const Narrow360: Story = {
  name: '360 px wide',
  args: { width: 360 },
  play: async ({ canvasElement }) => {
    await resultsShown(canvasElement);
    const toggle = inShadow<HTMLElement>(finderIn(canvasElement), '[part~="filters-toggle"]')!;
    await waitFor(() => toggle.getBoundingClientRect().width > 0, 'the filter toggle is shown');
  },
};

/** The sandbox's slow key: nothing answers for 10 s. */
export const Loading: Story = {
  args: { publishableKey: MAGIC_KEYS.slow },
  play: ({ canvasElement }) => stateShows(canvasElement, /正在搜索|Searching/).then(() => {}),
};

/** A search that matches nothing: 没有找到相关课程, with a suggestion. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await resultsShown(canvasElement);
    await searchFor(canvasElement, '没有这样的课程');
    await stateShows(canvasElement, /没有找到相关课程|No matching/);
  },
};

/** The sandbox's malformed key: the response fails validation; the page and the console name the field. */
export const MalformedResponse: Story = {
  name: 'Error (malformed response)',
  args: { publishableKey: MAGIC_KEYS.malformed },
  play: async ({ canvasElement }) => {
    const state = await stateShows(canvasElement, /data\.0\.title/);
    if (!state.querySelector('button')) throw new Error('the error state has no retry button');
  },
};

/** Nothing listens at the API base: the connection error with a retry. */
export const Offline: Story = {
  args: { apiBase: UNREACHABLE_API },
  play: async ({ canvasElement }) => {
    const state = await stateShows(canvasElement, /无法连接|cannot be reached|网络已断开|offline/);
    if (!state.querySelector('button')) throw new Error('the offline state has no retry button');
  },
};
