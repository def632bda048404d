#!/usr/bin/env node
// The `learning-city` command. Each command lives in src/commands/<name>.ts and registers itself here.
// No telemetry: the CLI talks to no server except the API base you give it.
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { registerCredits } from './commands/credits.js';
import { registerDev } from './commands/dev.js';
import { registerInit } from './commands/init.js';
import { registerQr } from './commands/qr.js';
import { plainLine } from './plain-text.js';
import { VERSION } from './version.js';

// A reader that stops early (`learning-city --help | head -3`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Whether the command line asks for JSON output (read before parsing, so usage errors honour it too). */
const wantsJson = process.argv.slice(2).includes('--json');

/** Commander's codes for a command line it cannot parse. */
const USAGE_ERRORS = new Set([
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.excessArguments',
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.invalidArgument',
  'commander.conflictingOption',
  'commander.help', // no command given: the help went to stderr
]);

const program = new Command('learning-city')
  .description(
    'Learning City SDK command line: scaffold integrations, run the sandbox, submit credits, print QR posters',
  )
  .version(VERSION)
  .helpCommand('help [command]', 'Display help for a command')
  .showHelpAfterError('(add --help for usage and examples)')
  .addHelpText(
    'after',
    `
Examples:
  $ npx @learning-city/cli init my-site --template react
  $ learning-city dev                       # local sandbox + demo page, prints the test keys
  $ learning-city <command> --help          # options and examples of one command`,
  );

// Commander throws instead of exiting, so its usage errors get exit code 2 like ours (below); set before the
// commands are added, which inherit it. Its errors read like ours: `learning-city: …` on stderr.
program.exitOverride().configureOutput({
  outputError: (message, write) => write(message.replace(/^error: /, 'learning-city: ')),
});

registerInit(program);
registerDev(program);
registerCredits(program);
registerQr(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures are one line; anything else keeps its stack, which is what a bug report needs.
  if (error instanceof CommanderError) {
    // Commander has printed its message (or the help, or the version) already.
    const usage = USAGE_ERRORS.has(error.code);
    process.exitCode = usage ? 2 : error.exitCode;
    // A program reading --json output gets a usage error as JSON too (the help is not an error to report).
    if (usage && wantsJson && error.code !== 'commander.help') {
      const code = error.code
        .replace(/^commander\./, '')
        .replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);
      const message = error.message.replace(/^error: /, '');
      console.log(JSON.stringify({ error: { code, message } }));
    }
  } else if (error instanceof CliError) {
    // A message may quote the server or a file: it reaches the terminal as one line, free of control characters.
    const message = plainLine(error.message);
    console.error(`learning-city: ${message}`);
    // A program reading --json output gets the failure as JSON too.
    if (wantsJson) {
      console.log(JSON.stringify({ error: { code: error.code, message } }));
    }
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
