// Every stories module, for the story tests (test/browser/stories.test.ts). Add yours here.
import * as courseFinder from './course-finder.stories.js';
import * as eventCalendar from './event-calendar.stories.js';
import * as registrationDialog from './registration-dialog.stories.js';
import * as starNomination from './star-nomination.stories.js';

export const STORY_MODULES = { courseFinder, eventCalendar, registrationDialog, starNomination } as const;
