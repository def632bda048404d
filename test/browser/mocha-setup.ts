// Loaded on every browser test page right after web-test-runner's mocha (see testRunnerHtml in
// web-test-runner.config.js): every failure mocha records goes through Runner#fail, so a DOM node (or any
// other value structuredClone refuses) in a failed assertion's actual/expected becomes a short string
// before the reporter and web-test-runner see it. Without this such a failure hangs the page for 120 s.
// See assertion-values.ts for the cause.
import { describeNode, makeFailureReportable } from './assertion-values.js';

interface MochaRunner {
  fail(test: unknown, err: unknown, force?: boolean): void;
}
const { Mocha } = window as unknown as { Mocha?: { Runner: { prototype: MochaRunner } } };
if (!Mocha) throw new Error('mocha-setup.ts must load after the test framework (web-test-runner.config.js).');

const runnerPrototype = Mocha.Runner.prototype;
const fail = runnerPrototype.fail;
runnerPrototype.fail = function (this: MochaRunner, test, err, force) {
  makeFailureReportable(err);
  return fail.call(this, test, err, force);
};

// chai 4 (@esm-bundle/chai, via @open-wc/testing) prints an element as its outerHTML but dumps a shadow root,
// fragment or text node property by property (hundreds of lines of Lit internals) in the failure message.
// Its inspector uses an object's own `inspect` method when there is one: give these node kinds a short one.
for (const { prototype } of [DocumentFragment, CharacterData]) {
  Object.defineProperty(prototype, 'inspect', {
    configurable: true,
    value(this: Node) {
      return describeNode(this);
    },
  });
}
