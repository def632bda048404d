// `--lang`, shared by the commands that speak: Simplified Chinese (the default) or English, anything else refused.
import { InvalidArgumentError, Option } from 'commander';

/** The values `--lang` accepts, as the help and the refusal list them. */
export const LANGS = ['zh-CN', 'en'] as const;

/** `zh`, `zh-CN`, `zh_CN`, `zh-Hans` → `zh-CN`; `en`, `en-US`, `en_GB` → `en`; anything else is a usage error. */
export function parseLang(value: string): (typeof LANGS)[number] {
  if (/^zh(?:[-_](?:cn|hans(?:[-_]cn)?))?$/i.test(value)) return 'zh-CN';
  if (/^en(?:[-_][a-z]{2,4})?$/i.test(value)) return 'en';
  throw new InvalidArgumentError(`expected one of ${LANGS.join(', ')} (可选：${LANGS.join('、')})`);
}

/** The `--lang <locale>` option, described for its command. */
export function langOption(description: string): Option {
  return new Option('--lang <locale>', description).argParser(parseLang);
}
