// schema.org JSON-LD (an ItemList of Course) for the visible results, in the host's light DOM where crawlers
// read it. A `type="application/ld+json"` script is data, never run, so a strict CSP allows it.
import { coursesToItemList, jsonLdScript, type Course } from '@learning-city/core';

const MARKER = 'data-lc-course-finder';

/**
 * Writes (or replaces, or with no courses removes) the finder's JSON-LD script inside `host`.
 * @example writeJsonLd(finderElement, results, { inLanguage: 'zh-CN', courseUrl: (c) => `${base}?lc-course=${c.id}` });
 */
export function writeJsonLd(
  host: HTMLElement,
  courses: Course[],
  options: { inLanguage: string; name?: string; courseUrl?: (course: Course) => string | undefined },
): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  if (courses.length === 0) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  script.textContent = jsonLdScript(coursesToItemList(courses, options));
}
