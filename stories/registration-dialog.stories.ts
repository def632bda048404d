// <lc-registration-dialog>: the registration form shared by the calendar and the course finder, in each of
// its states, against the sandbox. The sandbox's magic activities give the ID-number and "full" paths.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Activity } from '@learning-city/core';
import type { LcRegistrationDialog } from '@learning-city/widgets';
import { registrationTarget } from '../packages/widgets/src/shared/registration/activity-target.js';
import { sandbox } from './sandbox.js';
import { inShadow, waitFor } from './wait.js';

interface DialogArgs {
  locale: 'zh-CN' | 'en';
  senior: boolean;
  /** The activity to register for (`act_…`); empty: the first seeded activity with plenty of seats. */
  activityId: string;
}

const meta = {
  title: 'Widgets/Registration dialog',
  component: 'lc-registration-dialog',
  args: { locale: 'zh-CN', senior: false, activityId: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    activityId: { control: 'text' },
  },
  render: (args) =>
    html`<lc-registration-dialog
      .config=${{
        apiBase: sandbox.url,
        publishableKey: sandbox.publishableKey,
        locale: args.locale,
        senior: args.senior,
      }}
      data-activity=${args.activityId}
    ></lc-registration-dialog>`,
} satisfies Meta<DialogArgs>;

export default meta;
type Story = StoryObj<DialogArgs>;

async function getActivity(path: string): Promise<Activity> {
  const response = await fetch(`${sandbox.url}/v1/${path}`, {
    headers: { authorization: `Bearer ${sandbox.publishableKey}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as Activity;
}

/** The activity named by the story, or one that stays open however often the story runs. */
async function activityFor(id: string): Promise<Activity> {
  if (id) return getActivity(`activities/${id}`);
  const from = encodeURIComponent('2026-05-15T00:00:00+08:00');
  const list = (await getActivity(`activities?limit=100&from=${from}`)) as unknown as { data: Activity[] };
  const roomy = list.data.find(
    (a) => a.registrationOpen && a.status === 'scheduled' && a.seatsLeft > 20 && !a.requiresResidentId,
  );
  if (!roomy) throw new Error('the sandbox has no activity with seats left');
  return roomy;
}

/** Opens the dialog for the story's activity and answers it once the form is on screen. */
async function open(canvas: HTMLElement): Promise<LcRegistrationDialog> {
  const dialog = canvas.querySelector<LcRegistrationDialog>('lc-registration-dialog')!;
  dialog.target = registrationTarget(await activityFor(dialog.dataset.activity ?? ''));
  dialog.show();
  await waitFor(() => inShadow(dialog, "[part~='form']"), 'the form is shown');
  return dialog;
}

function input(dialog: LcRegistrationDialog, selector: string): HTMLInputElement {
  const found = inShadow<HTMLInputElement>(dialog, selector);
  if (!found) throw new Error(`no ${selector} in the form`);
  return found;
}

async function type(dialog: LcRegistrationDialog, name: string, value: string): Promise<void> {
  const field = input(dialog, `input[name='${name}']`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await dialog.updateComplete;
}

async function fill(dialog: LcRegistrationDialog, name = '王芳', mobile = '13800000000'): Promise<void> {
  await type(dialog, 'name', name);
  await type(dialog, 'mobile', mobile);
  input(dialog, "input[name='ageGroup'][value='18_59']").click();
  input(dialog, "input[name='privacyNotice']").click();
  await dialog.updateComplete;
}

async function submit(dialog: LcRegistrationDialog): Promise<void> {
  inShadow<HTMLButtonElement>(dialog, "[part~='submit']")!.click();
  await dialog.updateComplete;
}

/** Throws with what the form says when it shows an error instead of a result. */
function failure(dialog: LcRegistrationDialog): null {
  const message = inShadow(dialog, "[part~='alert'], [part~='field-error']")?.textContent?.trim();
  if (message) throw new Error(`the form says: ${message}`);
  return null;
}

export const Form: Story = { play: ({ canvasElement }) => open(canvasElement).then(() => {}) };

/** An activity that needs an ID number: the reason is shown, with a separate, unticked consent. */
export const ResidentIdRequired: Story = {
  name: 'ID number required (实名)',
  args: { activityId: 'act_magicIdCheck01' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    if (input(dialog, "input[name='residentIdConsent']").checked)
      throw new Error('consent ticked by default');
  },
};

/** Submitting an empty form: messages beside each field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await type(dialog, 'mobile', '12345');
    await submit(dialog);
    await waitFor(() => inShadow(dialog, "[part~='field-error']"), 'field errors are shown');
  },
};

/** Registering for a seeded activity with seats left. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await fill(dialog);
    await submit(dialog);
    await waitFor(
      () => inShadow(dialog, "[part~='result']") ?? failure(dialog),
      'the result screen is shown',
      10_000,
    );
  },
};

/** The sandbox's full activity: every seat and waitlist place taken. */
export const Full: Story = {
  name: 'Full (已满)',
  args: { activityId: 'act_magicFull0001' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await fill(dialog);
    await submit(dialog);
    await waitFor(() => inShadow(dialog, "[part~='alert']"), 'the "full" message is shown', 10_000);
  },
};

export const Senior: Story = {
  name: 'Senior mode (适老化)',
  args: { senior: true },
  play: ({ canvasElement }) => open(canvasElement).then(() => {}),
};

export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await submit(dialog);
    await waitFor(() => inShadow(dialog, "[part~='field-error']"), 'field errors are shown');
  },
};
