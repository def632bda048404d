// Vue 3 template types for the Learning City elements: `import type {} from '@learning-city/widgets/vue'`
// once (or list it in tsconfig `types`), and vue-tsc / Volar check <lc-event-calendar api-base="…"
// :activities="list" @lc-activity-select="…">. At run time, tell Vue they are custom elements:
// `compilerOptions.isCustomElement: (tag) => tag.startsWith('lc-')`.
import type { DefineComponent } from 'vue';
import type { CamelCase, LcElements, Listener, PascalCase, PropertiesOf } from './elements.js';

/** The props of one element in a Vue template: its attributes (camelCase), rich properties and `@lc-…` listeners. */
export type LcVueProps<Tag extends keyof LcElements> = {
  // Vue matches `page-size="…"` in a template to a `pageSize` prop.
  [
    Name in keyof LcElements[Tag]['attributes'] as CamelCase<Name & string>
  ]: LcElements[Tag]['attributes'][Name];
} & PropertiesOf<Tag> & {
    [Name in LcElements[Tag]['events'] as `on${PascalCase<Name>}`]?: Listener<Name>;
  };

/** Every Learning City element as a Vue global component. */
export type LcGlobalComponents = { [Tag in keyof LcElements]: DefineComponent<LcVueProps<Tag>> };

// Augmentation merges into Vue's own interface, which must stay an (empty) interface.
declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends LcGlobalComponents {}
}
