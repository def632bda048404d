// Turns the `actual`/`expected` of a failed assertion into values web-test-runner can send home.
//
// Why: web-test-runner copies each failed test's `error.actual` and `error.expected` into the results and
// sends them with `structuredClone` + JSON (@web/dev-server-core's `stable()` in its web-socket module).
// `structuredClone` throws a DataCloneError on a DOM node (and on a function, a Promise, an Event…); that
// rejection is never caught, so no result reaches the runner and the page "hangs" until its 120 s limit,
// with no failure message at all. `expect(el.shadowRoot!.querySelector('.result')).to.equal(null)` failing
// is enough. Converting such values to short descriptive strings lets the failure show at once.

const MAX_LENGTH = 200;
const MAX_DEPTH = 4;

/** Lit's template markers (`<!--?lit$123$-->`, `<!---->`) say nothing to a reader of a failure. */
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!---->/g;

function truncate(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** `<lc-course-finder lang="en">`: the start tag alone, for a shadow root's host. */
function startTag(element: Element): string {
  const attributes = Array.from(element.attributes, (a) =>
    a.value ? ` ${a.name}="${a.value}"` : ` ${a.name}`,
  );
  return `<${element.localName}${attributes.join('')}>`;
}

/** A DOM node as a reader would want to see it: an element's outerHTML, a text node's text, … */
export function describeNode(node: Node): string {
  if (node instanceof ShadowRoot) return truncate(`#shadow-root (${node.mode}) of ${startTag(node.host)}`);
  if (node instanceof Element) return truncate(node.outerHTML.replace(LIT_MARKERS, ''));
  if (node instanceof Text) return truncate(`#text ${JSON.stringify(node.data)}`);
  if (node instanceof Comment) return truncate(`<!--${node.data}-->`);
  return node.nodeName; // #document, #document-fragment, doctype
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * `value` unchanged if web-test-runner can send it (structuredClone accepts it); otherwise a copy in which
 * DOM nodes, functions, symbols and other uncloneable objects are replaced by short descriptive strings.
 * Arrays and plain objects keep their shape, so chai's diff of two of them still lines up.
 */
export function toReportable(value: unknown): unknown {
  return isCloneable(value) ? value : convert(value, 0, new WeakSet());
}

function convert(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'function') return `[function ${value.name || '(anonymous)'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Node) return describeNode(value);
  if (value instanceof NodeList || value instanceof HTMLCollection) {
    return Array.from(value as ArrayLike<Node>, describeNode);
  }
  if (value instanceof Event) return `[${value.constructor.name} ${JSON.stringify(value.type)}]`;
  const tag = Object.prototype.toString.call(value); // "[object Promise]", "[object Window]", …
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : tag;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => convert(item, depth + 1, seen));
  if (value instanceof Map) {
    return new Map(Array.from(value, ([k, v]) => [convert(k, depth + 1, seen), convert(v, depth + 1, seen)]));
  }
  if (value instanceof Set) return new Set(Array.from(value, (item) => convert(item, depth + 1, seen)));
  if (tag === '[object Object]') {
    // Plain objects and class instances: their own fields, as structuredClone would keep them.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, depth + 1, seen)]));
  }
  return isCloneable(value) ? value : tag;
}

/**
 * Makes a failed assertion's `actual` and `expected` reportable in place (`err` is what the test threw).
 * Never throws: a value that cannot be replaced stays as it was.
 */
export function makeFailureReportable(err: unknown): void {
  if (typeof err !== 'object' || err === null) return;
  const record = err as { actual?: unknown; expected?: unknown };
  for (const key of ['actual', 'expected'] as const) {
    if (!(key in record)) continue;
    try {
      record[key] = toReportable(record[key]);
    } catch {
      // A read-only property: leave it; the worst case is the old hang, not a new error.
    }
  }
}
