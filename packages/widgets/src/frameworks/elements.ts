// What each Learning City element takes and fires, in one place, for the framework typings: React's JSX
// (./jsx.ts), Vue templates (./vue.ts) and the React wrappers (../react.ts). Types only.
import type { LcCourseFinder } from '../course-finder/course-finder.js';
import type { CalendarView } from '../event-calendar/calendar-dates.js';
import type { LcEventCalendar } from '../event-calendar/event-calendar.js';
import type { LcProvider } from '../provider/lc-provider.js';
import type { LcRegistrationDialog } from '../shared/registration/registration-dialog.js';
import type { Locale } from '../shared/locale.js';
import type { LcStarNomination } from '../star-nomination/star-nomination.js';

/** The attributes every widget and `<lc-provider>` understand (set them once on the provider). */
export interface ConfigAttributes {
  /** The API server's origin, e.g. `https://api.example.cn`; the client adds `/v1`. */
  'api-base'?: string;
  /** A publishable key, `lc_pk_…` (secret keys are refused in the browser). */
  'publishable-key'?: string;
  /** `zh-CN` (default) or `en`. */
  locale?: Locale;
  /** Senior mode (适老化): text ≥ 18 px, targets ≥ 60 px, contrast ≥ 7:1, no pop-ups. */
  senior?: boolean;
}

/**
 * One element's typing: the class, its attributes (kebab-case, as written in HTML), the properties that have
 * no attribute (rich data: set them as properties), and the names of the events it fires (typed in
 * `HTMLElementEventMap`).
 */
export interface ElementTyping<
  Element extends HTMLElement,
  Attributes extends object,
  Properties extends keyof Element,
  Events extends keyof HTMLElementEventMap,
> {
  element: Element;
  attributes: Attributes;
  properties: Properties;
  events: Events;
}

/** Every element of the package, by tag. */
export interface LcElements {
  'lc-provider': ElementTyping<LcProvider, ConfigAttributes, never, never>;
  'lc-event-calendar': ElementTyping<
    LcEventCalendar,
    ConfigAttributes & {
      /** `month`, `week` or `agenda`; unset: `month`, or `agenda` below 480 px. */
      view?: CalendarView;
      /** The day to open on, `YYYY-MM-DD`. */
      date?: string;
      /** A series id (`ser_…`), e.g. one year's lifelong-learning week. */
      series?: string;
      /** Activity kinds, comma-separated (`lecture,reading`). */
      kind?: string;
      /** Division codes, comma-separated (`110108,110105`). */
      district?: string;
      /** Audiences, comma-separated (`seniors,parents`). */
      audience?: string;
      /** Only activities with free seats or an open waitlist. */
      available?: boolean;
    },
    'activities' | 'now',
    'lc-activity-select' | 'lc-registration-complete' | 'lc-registration-error'
  >;
  'lc-course-finder': ElementTyping<
    LcCourseFinder,
    ConfigAttributes & {
      /** Categories to show, comma-separated (`health,sports`). */
      category?: string;
      /** Division codes to show, comma-separated (`410305,410311`). */
      district?: string;
      /** Audiences to show, comma-separated (`seniors,parents`). */
      audience?: string;
      /** Results per page, 1–100 (default 20). */
      'page-size'?: number;
      /** Keep the search, filters, sort and open course in the page URL. */
      'url-state'?: boolean;
    },
    never,
    | 'lc-course-select'
    | 'lc-filter-change'
    | 'lc-register-request'
    | 'lc-registration-complete'
    | 'lc-registration-error'
  >;
  'lc-star-nomination': ElementTyping<
    LcStarNomination,
    ConfigAttributes & {
      /** The nomination campaign's id; unset: the open campaign. */
      campaign?: string;
      /** Names the draft kept in this browser, for pages with more than one form. */
      'draft-id'?: string;
      /** The form field name, when the element sits inside a `<form>`. */
      name?: string;
      /** Inside a `<form>`: the form is invalid until a nomination was submitted. */
      required?: boolean;
    },
    'now' | 'districts',
    'lc-nomination-complete' | 'lc-nomination-error' | 'lc-nomination-step'
  >;
  'lc-registration-dialog': ElementTyping<
    LcRegistrationDialog,
    { open?: boolean },
    'config' | 'target',
    'lc-registration-complete' | 'lc-registration-error' | 'lc-registration-cancel'
  >;
}

/** The rich properties (no attribute) of one element, all optional. */
export type PropertiesOf<Tag extends keyof LcElements> = Partial<
  Pick<LcElements[Tag]['element'], LcElements[Tag]['properties'] & keyof LcElements[Tag]['element']>
>;

/** `lc-activity-select` → `LcActivitySelect`. */
export type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** `page-size` → `pageSize`. */
export type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${PascalCase<Tail>}`
  : Name;

/** The listener of event `Name`, typed from `HTMLElementEventMap`. */
export type Listener<Name extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[Name]) => void;
