// <lc-star-nomination>: every step and state of the 百姓学习之星 nomination form, against the sandbox. The seeded
// campaign is open around the seed's clock (2026-05-10), so the stories set `now` to that morning. Each story
// has its own draft (`draft-id`), cleared before it renders, so no story inherits another's typing.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { LcStarNomination } from '@learning-city/widgets';
import { MAGIC_KEYS, sandbox, UNREACHABLE_API } from './sandbox.js';
import { inShadow, waitFor } from './wait.js';

interface NominationArgs {
  apiBase: string;
  publishableKey: string;
  locale: 'zh-CN' | 'en';
  senior: boolean;
  /** A campaign id (`cmp_…`); empty: the open campaign. */
  campaign: string;
  /** The story's draft, cleared before each render. */
  draftId: string;
  /** The form's clock, ISO 8601. */
  now: string;
}

/** The seed's clock: this year's campaign takes nominations from 20 April to 21 June 2026. */
const SEED_NOW = '2026-05-10T09:00:00+08:00';

const meta = {
  title: 'Widgets/Star nomination',
  component: 'lc-star-nomination',
  args: {
    apiBase: sandbox.url,
    publishableKey: sandbox.publishableKey,
    locale: 'zh-CN',
    senior: false,
    campaign: '',
    draftId: 'story',
    now: SEED_NOW,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    campaign: { control: 'text', description: 'A campaign id (cmp_…); empty: the open one' },
    draftId: { control: 'text', description: 'Names the stored draft (cleared before each render)' },
    now: { control: 'text', description: 'The form’s clock (ISO 8601): the deadline follows it' },
  },
  render: (args) => {
    try {
      localStorage.removeItem(`lc-star-nomination:${args.draftId}`);
    } catch {
      // storage disabled: there is no draft to clear
    }
    // In a provider, so a story can take the API away just before submitting (the offline story).
    return html`<lc-provider api-base=${args.apiBase} publishable-key=${args.publishableKey}>
      <lc-star-nomination
        locale=${args.locale}
        ?senior=${args.senior}
        campaign=${args.campaign || nothing}
        draft-id=${args.draftId}
        .now=${new Date(args.now)}
      ></lc-star-nomination>
    </lc-provider>`;
  },
} satisfies Meta<NominationArgs>;

export default meta;
type Story = StoryObj<NominationArgs>;

const formIn = (canvas: HTMLElement) => canvas.querySelector<LcStarNomination>('lc-star-nomination')!;
const find = <E extends Element = HTMLElement>(canvas: HTMLElement, selector: string) =>
  inShadow<E>(formIn(canvas), selector);

async function ready(canvas: HTMLElement): Promise<LcStarNomination> {
  await waitFor(() => find(canvas, 'form'), 'the form is shown');
  return formIn(canvas);
}

/** Types into a field as a person does (the value, then `input` and `change`). */
async function type(canvas: HTMLElement, name: string, value: string): Promise<void> {
  const field = await waitFor(
    () => find<HTMLInputElement>(canvas, `[name='${name}']`),
    `the field ${name} is shown`,
  );
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await formIn(canvas).updateComplete;
}

async function click(canvas: HTMLElement, selector: string): Promise<void> {
  const target = await waitFor(() => find<HTMLElement>(canvas, selector), `${selector} is shown`);
  target.click();
  await formIn(canvas).updateComplete;
}

async function next(canvas: HTMLElement, heading: RegExp): Promise<void> {
  await click(canvas, '[part~=next]');
  await waitFor(() => heading.test(find(canvas, '#step-heading')?.textContent ?? ''), `the step ${heading}`);
}

async function fillNominee(canvas: HTMLElement): Promise<void> {
  await ready(canvas);
  await type(canvas, 'nomineeName', '李秀英');
  await click(canvas, "input[name='sex'][value='female']");
  await type(canvas, 'birthYear', '1956');
  await type(canvas, 'nomineeMobile', '13912345678');
  await type(canvas, 'divisionCode', '110108');
  await click(canvas, "input[name='group'][value='senior']");
  await next(canvas, /学习事迹|Learning story/);
}

const DEEDS =
  '退休后坚持每天到社区学院学习书法和智能手机应用，十年来从未间断。她把学到的知识整理成通俗易懂的讲义，' +
  '组建“银龄学习小组”，每周二、四下午带领社区老人一起学习，先后帮助三百多位老年人学会了视频通话、网上挂号和防范电信诈骗。';

async function fillStory(canvas: HTMLElement): Promise<void> {
  await type(canvas, 'summary', '十年坚持学习，带动三百多位老人跨越数字鸿沟。');
  await type(canvas, 'deeds', DEEDS.repeat(3));
  await type(canvas, 'honours', '2024年 海淀区优秀志愿者\n2025年 社区学习带头人');
  await next(canvas, /推荐单位|Recommending unit/);
}

async function fillRecommender(canvas: HTMLElement): Promise<void> {
  await type(canvas, 'institutionName', '海淀区社区学院');
  await type(canvas, 'contactName', '王老师');
  await type(canvas, 'contactMobile', '13800001111');
  await next(canvas, /照片|Photos/);
}

/** A photo drawn on a canvas: no fixture files. */
async function drawnPhoto(name = 'study-group.png', type = 'image/png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 480;
  canvas.height = 320;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2f7d5b';
  context.fillRect(0, 0, 480, 320);
  context.fillStyle = '#f2c14e';
  context.fillRect(120, 80, 240, 160);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type });
}

async function choose(canvas: HTMLElement, files: File[]): Promise<void> {
  const input = await waitFor(() => find<HTMLInputElement>(canvas, 'input[type=file]'), 'the photo chooser');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => !find(canvas, '.photo-status p:not(.error)'), 'the photos are processed', 15000);
}

async function addPhoto(canvas: HTMLElement): Promise<void> {
  await choose(canvas, [await drawnPhoto()]);
  await waitFor(() => find(canvas, '[part~=photo]'), 'the photo is listed');
  await type(canvas, 'photos.0.caption', '银龄学习小组在社区学院上课');
  await type(canvas, 'photos.0.photographer', '张摄影');
  await type(canvas, 'photos.0.copyrightHolder', '海淀区社区学院');
  await type(canvas, 'photos.0.licence', 'CC-BY-4.0');
  await click(canvas, "input[name='photos.0.publicityConsent']");
}

async function fillToReview(canvas: HTMLElement): Promise<void> {
  await fillNominee(canvas);
  await fillStory(canvas);
  await fillRecommender(canvas);
  await addPhoto(canvas);
  await next(canvas, /核对并提交|Review/);
  await click(canvas, "input[name='privacyNotice']");
}

export const Nominee: Story = {
  name: 'Step 1: nominee',
  args: { draftId: 'story-nominee' },
  play: async ({ canvasElement }) => void (await ready(canvasElement)),
};

export const LearningStory: Story = {
  name: 'Step 2: learning story',
  args: { draftId: 'story-learning-story' },
  play: ({ canvasElement }) => fillNominee(canvasElement),
};

export const Recommender: Story = {
  name: 'Step 3: recommending unit',
  args: { draftId: 'story-recommender' },
  play: async ({ canvasElement }) => {
    await fillNominee(canvasElement);
    await fillStory(canvasElement);
  },
};

export const Photos: Story = {
  name: 'Step 4: photos',
  args: { draftId: 'story-photos' },
  play: async ({ canvasElement }) => {
    await fillNominee(canvasElement);
    await fillStory(canvasElement);
    await fillRecommender(canvasElement);
    await addPhoto(canvasElement);
    await waitFor(() => find(canvasElement, 'canvas.preview[data-drawn]'), 'the preview is drawn');
  },
};

export const Review: Story = {
  name: 'Step 5: review and submit',
  args: { draftId: 'story-review' },
  play: ({ canvasElement }) => fillToReview(canvasElement),
};

/** "Next" on an empty step: the summary at the top links to each field; each message is beside its field. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  args: { draftId: 'story-errors' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await type(canvasElement, 'nomineeMobile', '1391234');
    await click(canvasElement, '[part~=next]');
    await waitFor(() => find(canvasElement, '#error-summary'), 'the error summary is shown');
  },
};

/** Deeds over the campaign's limit: the counter says by how much, and "next" is refused. */
export const DeedsOverLimit: Story = {
  name: 'Deeds over the limit',
  args: { draftId: 'story-deeds-over' },
  play: async ({ canvasElement }) => {
    await fillNominee(canvasElement);
    await type(canvasElement, 'summary', '社区读书会的组织者');
    await type(canvasElement, 'deeds', DEEDS.repeat(14));
    await click(canvasElement, '[part~=next]');
    await waitFor(
      () => /多了|over/.test(find(canvasElement, '#error-summary')?.textContent ?? ''),
      'the summary gives the count over the limit',
    );
  },
};

/** A GIF the campaign does not take: refused with a message before any upload. */
export const PhotoRefused: Story = {
  name: 'Photo refused (wrong type)',
  args: { draftId: 'story-photo-refused' },
  play: async ({ canvasElement }) => {
    await fillNominee(canvasElement);
    await fillStory(canvasElement);
    await fillRecommender(canvasElement);
    await choose(canvasElement, [await drawnPhoto('animation.gif', 'image/gif')]);
    await waitFor(() => find(canvasElement, '.photo-status .error'), 'the refusal is shown');
  },
};

/** The connection drops on submit: everything stays, and "try again" is offered. */
export const OfflineSubmit: Story = {
  name: 'Offline submit',
  args: { draftId: 'story-offline' },
  play: async ({ canvasElement }) => {
    await fillToReview(canvasElement);
    canvasElement.querySelector('lc-provider')!.setAttribute('api-base', UNREACHABLE_API);
    await click(canvasElement, '[part~=submit]');
    await waitFor(() => find(canvasElement, '#retry'), 'the retry is offered', 15000);
  },
};

/** Submitted: the reference to quote. */
export const Success: Story = {
  args: { draftId: 'story-success' },
  play: async ({ canvasElement }) => {
    await fillToReview(canvasElement);
    await click(canvasElement, '[part~=submit]');
    await waitFor(() => find(canvasElement, '[part~=reference]'), 'the reference is shown', 15000);
  },
};

/** The form's clock after the deadline: said plainly, and no form. */
export const Closed: Story = {
  name: 'Deadline passed',
  args: { draftId: 'story-closed', now: '2026-07-01T09:00:00+08:00' },
  play: async ({ canvasElement }) => {
    await waitFor(() => find(canvasElement, "[part~=state][data-state='closed']"), 'the closed message');
  },
};

/** No campaign is open (here: the form asks for one the platform does not have). */
export const NoCampaign: Story = {
  name: 'No open campaign',
  args: { draftId: 'story-none', campaign: 'cmp_doesnotexist' },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => /没有正在进行|No Learning Star/.test(find(canvasElement, '[part~=state]')?.textContent ?? ''),
      'the no-campaign message',
    );
  },
};

/**
 * The sandbox's slow key: the campaign takes 10 s. The API base names the sandbox as `localhost`, so the slow
 * request has a URL of its own: Chromium's HTTP cache holds a second request for the same URL until the first
 * ends, which would slow the stories after this one.
 */
export const Loading: Story = {
  args: {
    draftId: 'story-loading',
    publishableKey: MAGIC_KEYS.slow,
    apiBase: sandbox.url.replace('127.0.0.1', 'localhost'),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => find(canvasElement, "[part~=state][aria-busy='true']"), 'the loading message');
  },
};

/** Nothing listens at the API base: the campaign cannot load, and a retry is offered. */
export const LoadFailed: Story = {
  name: 'Campaign could not load',
  args: { draftId: 'story-load-failed', apiBase: UNREACHABLE_API },
  play: async ({ canvasElement }) => {
    await waitFor(() => find(canvasElement, '[part~=state] ~ .actions button'), 'the retry', 15000);
  },
};

export const Senior: Story = {
  name: 'Senior mode (适老化)',
  args: { draftId: 'story-senior', senior: true },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '[part~=next]');
    await waitFor(() => find(canvasElement, '#error-summary'), 'the error summary is shown');
  },
};

export const SeniorStory: Story = {
  name: 'Senior mode, learning story',
  args: { draftId: 'story-senior-story', senior: true },
  play: ({ canvasElement }) => fillNominee(canvasElement),
};

export const English: Story = {
  args: { draftId: 'story-english', locale: 'en' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await waitFor(() => /Nominee/.test(find(canvasElement, '#step-heading')?.textContent ?? ''), 'English');
  },
};

export const EnglishReview: Story = {
  name: 'English, review',
  args: { draftId: 'story-english-review', locale: 'en' },
  play: ({ canvasElement }) => fillToReview(canvasElement),
};
