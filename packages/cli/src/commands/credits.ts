// `learning-city credits validate|submit`: check a CSV or JSON file of learning outcomes and submit it to the credit bank (学分银行).
import { OUTCOME_TYPES, type OutcomeType } from '@learning-city/core';
import { Command, InvalidArgumentError, Option } from 'commander';
import { asCliErrors } from '../credits/cli-errors.js';
import { langOption } from '../lang-option.js';
import { FILE_ENCODINGS, type FileEncoding } from '../credits/decode.js';
import { commandMessages, resolveLocale } from '../credits/messages.js';
import { parseOutcomeType } from '../credits/row-check.js';
import { fileFormat } from '../credits/records.js';
import { errorTable } from '../credits/table.js';
import { validateCreditsFile } from '../credits/validate.js';
import { runSubmit, type SubmitCommandOptions } from '../credits/submit-command.js';

/** Options both subcommands take. */
export interface FileOptions {
  encoding?: FileEncoding;
  type?: OutcomeType;
  lang?: string;
  json?: boolean;
}

const ENCODING_NAMES = {
  utf8: 'UTF-8',
  'utf8-bom': 'UTF-8 (BOM)',
  utf16le: 'UTF-16LE',
  utf16be: 'UTF-16BE',
  gbk: 'GBK',
};

export function registerCredits(program: Command): void {
  const credits = program
    .command('credits')
    .description('Check and submit learning outcomes to the credit bank (学分银行) from a CSV or JSON file')
    .helpCommand('help [command]', 'Display help for a command')
    .addHelpText(
      'after',
      `
Examples:
  $ learning-city credits validate 学分.csv
  $ learning-city credits submit 学分.csv --api-key lc_sk_test_… --base-url http://127.0.0.1:4010
  $ learning-city credits submit --help      # how a re-run resumes without duplicates`,
    );

  addFileOptions(
    credits
      .command('validate')
      .description('Check every row of a CSV or JSON file and list the errors by row and column')
      .argument('<file>', 'CSV (UTF-8 or GBK, Chinese or English headers), JSON array or JSON Lines'),
  )
    .addHelpText(
      'after',
      `
Headers (Chinese or English): 姓名/name, 身份证号/证件号码/residentId, 证书名称/成果名称/title,
发证机构/颁发机构/issuer, 成果类型/type (学历教育, 非学历教育, 无一定形式学习), 取得日期/获得日期/achievedOn,
学时/hours, 学分/credits; optional 证书编号/certificateNumber, 等级/level.
Rows are numbered by file line, the header being line 1 (a row with a line break inside quotes counts from its first line).
Exit code 1 when any row is bad.

Examples:
  $ learning-city credits validate 学分.csv
  $ learning-city credits validate export.csv --encoding gbk --lang en
  $ learning-city credits validate outcomes.json --json | jq '.errors[] | select(.column == "身份证号")'`,
    )
    .action(async (file: string, options: FileOptions) => {
      const locale = resolveLocale(options.lang);
      const say = commandMessages(locale);
      const report = await asCliErrors(
        () => validateCreditsFile(file, { locale, encoding: options.encoding, defaultType: options.type }),
        locale,
        file,
      );
      // The encoding goes to stderr, so `--json` output stays one document on stdout.
      if (report.encoding) console.error(say.encoding(ENCODING_NAMES[report.encoding]));
      if (options.json) {
        console.log(JSON.stringify({ valid: report.valid, errors: report.errors }, null, 2));
      } else {
        if (report.errors.length > 0) console.log(errorTable(report.errors, locale) + '\n');
        if (report.fatal) console.log(say.fatal);
        else if (report.badRows === 0) console.log(say.allValid(report.rows));
        else
          console.log(
            say.someInvalid(report.rows, report.valid, report.badRows, fileFormat(file) === 'json'),
          );
      }
      if (report.errors.length > 0) process.exitCode = 1;
    });

  addFileOptions(
    credits
      .command('submit')
      .description(
        'Validate, then submit in batches; re-running after an interruption never submits a row twice',
      )
      .argument('<file>', 'CSV (UTF-8 or GBK) or JSON, as for `credits validate`'),
  )
    .addOption(
      new Option('--api-key <key>', 'secret key (lc_sk_…)').env('LC_SECRET_KEY').makeOptionMandatory(),
    )
    .addOption(
      new Option('--base-url <url>', 'API origin').env('LC_BASE_URL').default('http://127.0.0.1:4010'),
    )
    .option('--results <file>', 'results CSV (default: <file> with .results.csv)')
    .option('--batch-size <n>', 'rows per request, 1–500', positiveInt(500), 500)
    .option('--concurrency <n>', 'batches in flight at once, 1–8', positiveInt(8), 2)
    .option('--skip-invalid', 'submit the valid rows and record the invalid ones in the results file')
    .addHelpText(
      'after',
      `
Each row's content gives it a reference (externalRef lc2-…, a hash keyed with your secret key, so nobody
without the key can test guesses of an ID number against it) and each batch an Idempotency-Key derived from
its rows. Submitted rows go to the results CSV as they are answered, and a journal (<results>.journal) records
each batch before it is sent, so after Ctrl+C, a crash or a lost connection the same command resumes: answered
rows are skipped, and a batch whose answer never arrived is sent again with the same key, which the platform
answers from its record instead of creating the rows again. The results CSV masks names and ID numbers.

Examples:
  $ learning-city credits submit 学分.csv --api-key lc_sk_test_… --base-url http://127.0.0.1:4010
  $ LC_SECRET_KEY=lc_sk_live_… learning-city credits submit 2026春季.csv --base-url https://api.example.cn
  $ learning-city credits submit outcomes.json --skip-invalid --results out.csv --json`,
    )
    .action((file: string, options: SubmitCommandOptions) => runSubmit(file, options));
}

function addFileOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--encoding <encoding>',
        'file encoding (default: detected — UTF-8 BOM, strict UTF-8, else GBK)',
      ).choices(FILE_ENCODINGS),
    )
    .option(
      '--type <type>',
      `outcome type where the file has none: ${OUTCOME_TYPES.join(', ')} or 学历教育, 非学历教育, 无一定形式学习`,
      (value: string) => {
        const type = parseOutcomeType(value);
        if (!type) throw new InvalidArgumentError(`expected one of ${OUTCOME_TYPES.join(', ')}`);
        return type;
      },
    )
    .addOption(langOption('language of messages: zh-CN (default) or en'))
    .option('--json', 'print machine-readable JSON on stdout');
}

function positiveInt(max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max) {
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    }
    return number;
  };
}
