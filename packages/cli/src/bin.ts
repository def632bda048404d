#!/usr/bin/env node
// The `learning-city` command. Each command lives in src/commands/<name>.ts and registers itself here.
// No telemetry: the CLI talks to no server except the API base you give it.
import { Command } from 'commander';
import { CliError } from './cli-error.js';
import { registerCredits } from './commands/credits.js';
import { registerDev } from './commands/dev.js';
import { registerInit } from './commands/init.js';
import { registerQr } from './commands/qr.js';
import { VERSION } from './version.js';

const program = new Command('learning-city')
  .description(
    'Learning City SDK command line: scaffold integrations, run the sandbox, submit credits, print QR posters',
  )
  .version(VERSION)
  .showHelpAfterError('(add --help for usage and examples)')
  .addHelpText(
    'after',
    `
Examples:
  $ npx @learning-city/cli init my-site --template react
  $ learning-city dev                       # local sandbox + demo page, prints the test keys
  $ learning-city <command> --help          # options and examples of one command`,
  );

registerInit(program);
registerDev(program);
registerCredits(program);
registerQr(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures are one line; anything else keeps its stack, which is what a bug report needs.
  if (error instanceof CliError) {
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
