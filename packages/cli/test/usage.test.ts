// The bin's handling of bad command lines and closed pipes, whatever the command.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { BIN, CLI_ROOT, runCli } from './credits-cli.js';

describe('usage errors and pipes', { concurrency: true }, () => {
  it('answers a usage error with --json as {"error":{code,message}} on stdout, and `learning-city: …` on stderr (exit 2)', async () => {
    const cases: [string[], string, RegExp][] = [
      [['credits', 'validate', 'f.csv', '--json', '--bogus'], 'unknown_option', /unknown option '--bogus'/],
      [['qr', 'act_abcdef12', '--json'], 'missing_mandatory_option_value', /--api-key/],
      [['credits', 'validate', '--json'], 'missing_argument', /missing required argument 'file'/],
      [
        ['credits', 'submit', 'f.csv', '--api-key', 'lc_sk_x', '--batch-size', '0', '--json'],
        'invalid_argument',
        /--batch-size/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      const { error } = JSON.parse(result.stdout) as { error: { code: string; message: string } };
      assert.equal(error.code, code, args.join(' '));
      assert.match(error.message, message);
      assert.doesNotMatch(error.message, /^error:/);
      assert.match(result.stderr, /^learning-city: /m);
      assert.doesNotMatch(result.stderr, /^error:/m);
    }
    // Without --json, stdout stays empty: the message is on stderr alone.
    const plain = await runCli(['credits', 'validate', 'f.csv', '--bogus']);
    assert.equal(plain.code, 2);
    assert.equal(plain.stdout, '');
    assert.match(plain.stderr, /^learning-city: unknown option '--bogus'/);
  });

  it('prints an error that quotes a file name or the server as one line with no control characters', async () => {
    const result = await runCli([
      'credits',
      'validate',
      'no\u001b]0;X\u0007such\u001b[31m.csv',
      '--json',
      '--lang',
      'en',
    ]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stderr, 'learning-city: No such file: nosuch.csv (check the path and the name)\n');
    const { error } = JSON.parse(result.stdout) as { error: { message: string } };
    assert.equal(error.message, 'No such file: nosuch.csv (check the path and the name)');
  });

  it('exits quietly when the reader closes the pipe (`learning-city --help | head -3`)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@learning-city/source', BIN, '--help'],
      { cwd: CLI_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader goes away before the help is written, as `head` does once it has its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '', 'no stack trace');
    assert.equal(code, 0);
  });
});
