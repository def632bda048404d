// The questions `init` asks on a terminal (@clack/prompts). Only called when stdin and stdout are a TTY and
// `--yes`/`--json` are absent: clack never resolves on piped input. Every question has a flag.
import * as clack from '@clack/prompts';
import { CliError } from '../cli-error.js';
import { TEMPLATE_NAMES, TEMPLATES, type TemplateName } from './templates.js';

/** The answer, or a "cancelled" error when the user pressed Ctrl+C or Escape. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (clack.isCancel(value)) {
    clack.cancel('Cancelled: nothing was written.');
    throw new CliError('Cancelled: nothing was written.', { code: 'cancelled', exitCode: 130 });
  }
  return value as Exclude<T, symbol>;
}

/** A function that checks an answer; returns a message for a wrong one. */
type Check = (value: string) => string | undefined;

export const ask = {
  intro(): void {
    clack.intro('learning-city init');
  },
  async text(message: string, defaultValue: string, check: Check): Promise<string> {
    const value = await clack.text({
      message,
      placeholder: defaultValue,
      defaultValue,
      validate: (input) => (input ? check(input) : undefined),
    });
    return answered(value) || defaultValue;
  },
  async template(): Promise<TemplateName> {
    const value = await clack.select<TemplateName>({
      message: 'Template',
      initialValue: 'html',
      options: TEMPLATE_NAMES.map((name) => ({ value: name, label: name, hint: TEMPLATES[name].summary })),
    });
    return answered(value);
  },
  async confirm(message: string, initialValue: boolean): Promise<boolean> {
    return answered(await clack.confirm({ message, initialValue }));
  },
};
