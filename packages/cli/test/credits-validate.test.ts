// `credits validate`: the real bin on fixtures with known bad rows, GBK and JSON files; the CSV and decoding layers.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { CsvParser, csvLine } from '../src/credits/csv.js';
import { decodeText } from '../src/credits/decode.js';
import { readJsonRecords } from '../src/credits/json-records.js';
import { checkRow, parseDate, type Cell } from '../src/credits/row-check.js';
import type { CreditField } from '../src/credits/columns.js';
import { validateCreditsFile } from '../src/credits/validate.js';
import { fixture, runCli } from './credits-cli.js';

const FULL_ID = /\d{17}[\dXx]/;
let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'lc-credits-validate-'))));
after(() => rm(dir, { recursive: true, force: true }));

async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('credits validate (the bin)', { concurrency: true }, () => {
  it('reports exactly the bad rows of the fixture, by file line and column, and exits 1', async () => {
    const result = await runCli(['credits', 'validate', fixture('credits-mixed.csv'), '--json']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as { valid: number; errors: { row: number; column: string }[] };
    assert.deepEqual(Object.keys(report), ['valid', 'errors']);
    assert.equal(report.valid, 4);
    // Line 6 holds a quoted line break, so the rows after it sit one line further down; line 7 is no row.
    assert.deepEqual(
      report.errors.map(({ row, column }) => [row, column]),
      [
        [4, '身份证号'], // check digit
        [8, '取得日期'], // 30 February
        [9, '学时'], // 6000 > 5000
        [9, '学分'], // 250 > 200
        [10, '姓名'], // empty
        [11, '成果类型'], // 志愿 is no outcome type
        [12, '—'], // the same content as row 2: a whole-row problem
        [13, '—'], // 5 fields under an 8-column header
      ],
    );
  });

  it('prints a table of row, column and message, in Chinese by default and never a full ID number', async () => {
    const result = await runCli(['credits', 'validate', fixture('credits-mixed.csv')]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^行\s+列\s+问题/);
    assert.match(result.stdout, /\n4\s+身份证号\s+身份证号码校验位不正确/);
    assert.match(result.stdout, /4 行有效，7 行有错误/);
    assert.doesNotMatch(result.stdout + result.stderr, FULL_ID);
  });

  it('decodes a GBK file (as Excel on Chinese Windows saves it) without being told', async () => {
    const bytes = await readFile(fixture('credits-gbk.csv'));
    assert.throws(
      () => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      'the fixture really is not UTF-8',
    );
    const result = await runCli([
      'credits',
      'validate',
      fixture('credits-gbk.csv'),
      '--json',
      '--lang',
      'en',
    ]);
    const report = JSON.parse(result.stdout) as { valid: number; errors: { row: number; column: string }[] };
    assert.equal(report.valid, 2);
    assert.deepEqual(
      report.errors.map(({ row, column }) => [row, column]),
      [[3, '证件号码']],
    );
    assert.match(result.stderr, /Encoding: GBK/);
  });

  it('with --encoding utf8 on a GBK file, fails with a message that names --encoding gbk', async () => {
    const result = await runCli(['credits', 'validate', fixture('credits-gbk.csv'), '--encoding', 'utf8']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--encoding gbk/);
  });

  it('reports a missing required column once, at the header, naming the accepted headers', async () => {
    const file = join(dir, 'no-type.csv');
    await writeFile(
      file,
      // The trailing `,,,,,,` is a row Excel keeps after its cells were cleared: skipped, not an error.
      '姓名,身份证号,证书名称,发证机构,取得日期,学时,学分\n张伟,110105198001010016,茶艺,中心,2026-04-18,40,2\n,,,,,,\n',
    );
    const result = await runCli(['credits', 'validate', file, '--json']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as {
      valid: number;
      errors: { row: number; column: string; message: string }[];
    };
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]!.row, 1);
    assert.match(report.errors[0]!.message, /成果类型 \/ type/);
    // --type supplies it for every row instead, and a file with no bad row exits 0 (the cleared row is skipped).
    const typed = await runCli(['credits', 'validate', file, '--type', '非学历教育', '--lang', 'en']);
    assert.equal(typed.code, 0, typed.stderr);
    assert.match(typed.stdout, /All 1 rows are valid/);
  });
  it('after a malformed line of JSON Lines, reads the next line afresh, and says nothing of a header', async () => {
    const row = (name: string, id: string) =>
      JSON.stringify({
        name,
        residentId: id,
        title: '茶艺师（五级）',
        issuer: '洛阳市职业技能鉴定中心',
        type: 'informal',
        achievedOn: '2026-04-18',
        hours: 40,
        credits: 2,
      });
    const text = [row('张伟', '110105198001010016'), '{oops', row('李娜', '41030519750615002X'), 'oops', '']
      .concat(row('王芳', '110101197001010059'), '{"name": "x",', '[1]', row('刘洋', '410302198808080042'))
      .join('\n');
    for (const name of ['lines.jsonl', 'lines.ndjson', 'lines.json']) {
      const file = join(dir, name);
      await writeFile(file, text + '\n');
      const result = await runCli(['credits', 'validate', file, '--json']);
      assert.equal(result.code, 1, result.stderr);
      const report = JSON.parse(result.stdout) as {
        valid: number;
        errors: { row: number; column: string }[];
      };
      // Rows 1, 3, 6 and 9 are whole and valid: none is swallowed by the broken line before it.
      assert.equal(report.valid, 4, `${name}: ${result.stdout}`);
      assert.deepEqual(
        report.errors.map((error) => [error.row, error.column]),
        [
          [2, '—'],
          [4, '—'],
          [7, '—'],
          [8, '—'],
        ],
        name,
      );
    }
    const human = await runCli(['credits', 'validate', join(dir, 'lines.jsonl'), '--lang', 'en']);
    assert.match(human.stdout, /8 rows: 4 valid, 4 with errors \(rows are file lines\)\./);
    assert.doesNotMatch(human.stdout, /header/);
    const zh = await runCli(['credits', 'validate', join(dir, 'lines.jsonl')]);
    assert.match(zh.stdout, /（行号为文件中的行）。/);
  });
  it('says a missing file or a folder in words, in the chosen language, and exits 1 (nothing read)', async () => {
    const missing = join(dir, 'nosuch.csv');
    const zh = await runCli(['credits', 'validate', missing]);
    assert.equal(zh.code, 1, zh.stderr);
    assert.equal(zh.stderr.trim(), `learning-city: 找不到文件 ${missing}，请检查路径和文件名`);
    const en = await runCli(['credits', 'validate', missing, '--lang', 'en', '--json']);
    assert.equal(en.code, 1);
    assert.deepEqual(JSON.parse(en.stdout), {
      error: { code: 'file_unreadable', message: `No such file: ${missing} (check the path and the name)` },
    });
    const folder = await runCli(['credits', 'validate', dir]);
    assert.equal(folder.code, 1, folder.stderr);
    assert.equal(folder.stderr.trim(), `learning-city: ${dir} 是文件夹，请给出其中的文件`);
    const submit = await runCli([
      ...['credits', 'submit', dir, '--api-key', 'lc_sk_test_abcdef'],
      ...['--base-url', 'http://127.0.0.1:9', '--lang', 'en'],
    ]);
    assert.equal(submit.code, 1, submit.stderr);
    assert.equal(submit.stderr.trim(), `learning-city: ${dir} is a folder; give a file in it`);
    for (const run of [zh, en, folder, submit]) assert.doesNotMatch(run.stdout + run.stderr, /ENOENT|EISDIR/);
  });
  it('reads Excel’s "Unicode text" (UTF-16 .txt, tab-separated) by its columns, not as one', async () => {
    const lines = [
      '姓名\t身份证号\t证书名称\t发证机构\t成果类型\t取得日期\t学时\t学分',
      '张伟\t110105198001010016\t茶艺师（五级）\t洛阳市职业技能鉴定中心\t非学历教育\t2026-04-18\t40\t2',
      '李娜\t41030519750615002X\t"太极拳, 初级"\t洛阳市老年大学\t无一定形式学习\t2026-05-02\t32\t1.5',
      '王芳\t110101197001010058\t书法\t洛阳市老年大学\t无一定形式学习\t2026-05-02\t32\t1.5',
    ];
    const file = join(dir, 'unicode-text.txt');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le')]),
    );
    const result = await runCli(['credits', 'validate', file, '--json', '--lang', 'en']);
    assert.match(result.stderr, /Encoding: UTF-16LE/);
    const report = JSON.parse(result.stdout) as { valid: number; errors: { row: number; column: string }[] };
    // Two good rows (a comma inside a cell is just text) and one wrong check digit, reported in its column.
    assert.equal(report.valid, 2, result.stdout);
    assert.deepEqual(
      report.errors.map((error) => [error.row, error.column]),
      [[4, '身份证号']],
    );
  });
});

describe('credits file reading (in process)', () => {
  it('reports an empty file instead of calling it valid', async () => {
    const file = join(dir, 'empty.csv');
    await writeFile(file, '');
    const report = await validateCreditsFile(file, { locale: 'en' });
    assert.deepEqual(
      [report.valid, report.errors.map(({ row, message }) => [row, message])],
      [0, [[1, 'The file is empty: line 1 should be the header (name, residentId, …)']]],
    );
  });

  it('reads JSON (flat English fields or the nested submission shape) and reports the line each object starts on', async () => {
    const report = await validateCreditsFile(fixture('credits.json'), { locale: 'en' });
    assert.equal(report.valid, 1);
    assert.deepEqual(
      report.errors.map(({ row, column, message }) => [row, column, message]),
      [
        [12, 'outcome.credits', 'Must be from 0 to 200'],
        [23, 'residentId', 'An ID number has 18 characters; please check it and type it again'],
      ],
    );
  });
});

describe('CSV reading', () => {
  const sample = '\uFEFFa,b,c\r\n1,"two, with comma","say ""hi"""\r\n\r\n3,"multi\r\nline",x\n4,5,6';

  it('parses quotes, doubled quotes, CRLF, blank lines and line breaks inside quotes, numbering records by their first line', () => {
    const parser = new CsvParser();
    const records = [...parser.push(sample.slice(1)), ...parser.end()];
    assert.deepEqual(records, [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'two, with comma', 'say "hi"'] },
      { line: 4, fields: ['3', 'multi\nline', 'x'] },
      { line: 6, fields: ['4', '5', '6'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries (one character at a time)', () => {
    const whole = new CsvParser();
    const expected = [...whole.push(sample), ...whole.end()];
    const split = new CsvParser();
    const records = [...Array.from(sample).flatMap((char) => split.push(char)), ...split.end()];
    assert.deepEqual(records, expected);
  });

  it('flags a quoted field that never closes', () => {
    const parser = new CsvParser();
    const records = [...parser.push('a,b\n1,"never\nends'), ...parser.end()];
    assert.equal(records[1]!.line, 2);
    assert.equal(records[1]!.unterminatedQuote, true);
  });

  it('writes fields a spreadsheet reads back, and defuses formulas', () => {
    assert.equal(
      csvLine(['a,b', 'say "hi"', '=HYPERLINK("x")', 3]),
      '"a,b","say ""hi""","\'=HYPERLINK(""x"")",3\r\n',
    );
  });
});

describe('decoding', () => {
  it('decodes GBK split across chunk boundaries in the middle of a character', async () => {
    const bytes = iconv.encode('姓名,学时\r\n张伟,32\r\n', 'gbk');
    const chunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    let text = '';
    let seen: string | undefined;
    for await (const chunk of decodeText(chunksOf(chunks), undefined, (found) => (seen = found)))
      text += chunk;
    assert.equal(seen, 'gbk');
    assert.equal(text, '姓名,学时\r\n张伟,32\r\n');
  });

  it('keeps UTF-8 when a character is cut at the end of the 64 KB sample, and drops a BOM', async () => {
    const filler = 'a'.repeat(64 * 1024 - 1);
    const bytes = Buffer.from(`${filler}学分`);
    const chunks = [bytes.subarray(0, 64 * 1024), bytes.subarray(64 * 1024)];
    let text = '';
    for await (const chunk of decodeText(chunksOf(chunks))) text += chunk;
    assert.equal(text, `${filler}学分`);
    let bom = '';
    for await (const chunk of decodeText(chunksOf([Buffer.from('\uFEFF姓名')]))) bom += chunk;
    assert.equal(bom, '姓名');
  });
});

describe('JSON records and dates', () => {
  it('streams the objects of an array or of JSON Lines, with their first line', async () => {
    const lines: number[] = [];
    for await (const record of readJsonRecords(chunksOf(['[\n {"a": "}"},\n', ' {"b": {"c": 1}}\n]']))) {
      assert.equal(record.ok, true);
      lines.push(record.line);
    }
    assert.deepEqual(lines, [2, 3]);
    const jsonl: number[] = [];
    for await (const record of readJsonRecords(chunksOf(['{"a":1}\n{"a":2}\n']))) jsonl.push(record.line);
    assert.deepEqual(jsonl, [1, 2]);
  });

  it('reads year-first dates in the ways people type them, and refuses dates that do not exist', () => {
    assert.equal(parseDate('2026/6/3'), '2026-06-03');
    assert.equal(parseDate('2026年6月30日'), '2026-06-30');
    assert.equal(parseDate('２０２６－０６－３０'), '2026-06-30');
    assert.equal(parseDate('20240229'), '2024-02-29');
    assert.equal(parseDate('2026-02-29'), undefined);
    assert.equal(parseDate('30/06/2026'), undefined);
  });
});

describe('row checks', () => {
  const today = new Date('2026-11-23T12:00:00+08:00');
  const row = (values: Partial<Record<CreditField, string>>) => {
    const base: Partial<Record<CreditField, string>> = {
      name: '张伟',
      residentId: '110105198001010016',
      title: '茶艺师（五级）',
      issuer: '洛阳市职业技能鉴定中心',
      type: '非学历教育',
      achievedOn: '2026-04-18',
      hours: '40',
      credits: '2',
    };
    return Object.fromEntries(
      Object.entries({ ...base, ...values }).map(([field, value]) => [field, { value, column: field }]),
    ) as Partial<Record<CreditField, Cell>>;
  };

  it('normalises what people type: lower-case x, full-width digits, Chinese outcome types, dates', () => {
    const result = checkRow(
      row({
        residentId: ' 41030519750615002x ',
        hours: '３２',
        credits: '１.５',
        achievedOn: '2026年5月2日',
      }),
      { locale: 'en', today },
    );
    assert.ok(result.ok);
    assert.equal(result.body.learner.residentId, '41030519750615002X');
    const fullWidth = checkRow(row({ residentId: '４１０３０５１９７５０６１５００２ｘ' }), {
      locale: 'en',
      today,
    });
    assert.ok(fullWidth.ok, JSON.stringify(fullWidth));
    assert.equal(fullWidth.body.learner.residentId, '41030519750615002X');
    assert.deepEqual(
      [
        result.body.outcome.type,
        result.body.outcome.hours,
        result.body.outcome.credits,
        result.body.outcome.achievedOn,
      ],
      ['non_academic', 32, 1.5, '2026-05-02'],
    );
  });

  it('refuses a date after today or before the learner was born, and says which', () => {
    const future = checkRow(row({ achievedOn: '2026-11-24' }), { locale: 'en', today });
    assert.deepEqual(future.ok ? [] : future.errors, [
      { column: 'achievedOn', message: 'The date is later than today' },
    ]);
    const early = checkRow(row({ achievedOn: '1979-12-31' }), { locale: 'zh-CN', today });
    assert.deepEqual(early.ok ? [] : early.errors, [
      { column: 'achievedOn', message: '日期早于身份证号中的出生日期（1980-01-01）' },
    ]);
  });

  it('reports every bad cell of a row, not only the first', () => {
    const result = checkRow(row({ name: ' ', hours: 'abc', credits: '-1', type: '自学' }), {
      locale: 'en',
      today,
    });
    assert.deepEqual(result.ok ? [] : result.errors.map((error) => error.column), [
      'name',
      'type',
      'hours',
      'credits',
    ]);
  });

  it('joins the lines of a cell with line breaks (Alt+Enter in Excel) with a space, and refuses other control characters by name', () => {
    const broken = checkRow(row({ title: '家庭教育\r\n 指导', issuer: '洛阳市\n\n老年大学' }), {
      locale: 'en',
      today,
    });
    assert.ok(broken.ok, JSON.stringify(broken));
    assert.deepEqual(
      [broken.body.outcome.title, broken.body.outcome.issuer],
      ['家庭教育 指导', '洛阳市 老年大学'],
    );
    const escape = checkRow(row({ title: '茶艺\u001b[31m师', level: '初级\u0007' }), {
      locale: 'zh-CN',
      today,
    });
    assert.deepEqual(escape.ok ? [] : escape.errors, [
      { column: 'title', message: '含有不可见的控制字符（如从网页或其他系统复制时带入的），请删除后重试' },
      { column: 'level', message: '含有不可见的控制字符（如从网页或其他系统复制时带入的），请删除后重试' },
    ]);
  });
});
