#!/usr/bin/env node
// The `learning-city` command. Each command lives in src/commands/<name>.ts and registers itself here.
// No telemetry: the CLI talks to no server except the API base you give it.
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { registerCredits } from './commands/credits.js';
import { registerDev } from './commands/dev.js';
import { registerInit } from './commands/init.js';
import { registerQr } from './commands/qr.js';
import { VERSION } from './version.js';

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

// Commander throws instead of exiting, so its usage errors get exit code 2 like ours (below).
program.exitOverride();

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
    process.exitCode = USAGE_ERRORS.has(error.code) ? 2 : error.exitCode;
  } else if (error instanceof CliError) {
    console.error(`learning-city: ${error.message}`);
    // A program reading --json output gets the failure as JSON too.
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ error: { code: error.code, message: error.message } }));
    }
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
