// Runs every story (stories/*.stories.ts) as a test in headless Chromium against the sandbox: renders it with
// its args the way Storybook does, runs its `play` (which waits until the story's state is on screen and
// throws otherwise), then checks the rendered story with axe (WCAG 2.2 AA rules): 0 violations.
import { render, type TemplateResult } from 'lit';
import '@learning-city/widgets';
import { STORY_MODULES } from '../../stories/all.js';
import { expectNoAxeViolations, WCAG_22_AA } from './widget-testing.js';

interface LooseStory {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}
interface LooseMeta extends LooseStory {
  title: string;
}

// Lit's virtualizer-free widgets still trip this benign notice when a story resizes; it is not an error.
window.addEventListener('error', (event) => {
  if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
});

for (const module of Object.values(STORY_MODULES) as Record<string, unknown>[]) {
  const meta = module.default as LooseMeta;
  describe(`stories: ${meta.title}`, () => {
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as LooseStory;
      it(`${story.name ?? exportName} reaches its state with 0 axe violations`, async function () {
        this.timeout(20_000);
        const args = { ...meta.args, ...story.args };
        const renderStory = story.render ?? meta.render;
        if (!renderStory) throw new Error(`${meta.title} / ${exportName} has no render function`);
        const canvas = document.createElement('div');
        canvas.className = 'story-canvas';
        document.body.append(canvas);
        try {
          render(renderStory(args, { args, name: exportName }), canvas);
          await story.play?.({ canvasElement: canvas, args });
          await expectNoAxeViolations(canvas, WCAG_22_AA, `axe violations in ${meta.title} / ${exportName}`);
        } finally {
          render(null, canvas);
          canvas.remove();
        }
      });
    }
  });
}
