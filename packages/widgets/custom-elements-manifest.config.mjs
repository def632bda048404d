// The custom elements manifest (custom-elements.json), generated from the elements' JSDoc by the widgets
// build: `cem analyze` reads this file. Storybook's docs, IDEs and the framework types read the manifest.

/** Elements register through `defineElement(tag, Class)` (src/shared/define.ts), not `customElements.define`. */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'learning-city/define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({ tag: node.arguments[0].text, className: node.arguments[1].text, moduleDoc });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, moduleDoc } of definitions) {
        const home = customElementsManifest.modules.find((module) =>
          module.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (!home) throw new Error(`defineElement('${tag}', ${className}): no class ${className} found`);
        const declaration = home.declarations.find((d) => d.name === className);
        declaration.tagName = tag;
        declaration.customElement = true;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: home.path },
          },
        ];
      }
    },
  };
}

/**
 * Keeps the public API only: drops `#private`, `private` and `protected` members, form lifecycle callbacks,
 * attributes of internal reactive state, events a class fires generically (`new CustomEvent(type)`) rather
 * than documents, and the definition inside `defineElement` itself.
 */
function publicApiOnly() {
  // Form-associated plumbing (static formAssociated, lifecycle callbacks) is the browser's, like Lit's lifecycle
  // and static styles (which --litelement drops).
  const callbacks = /^form(Associated|Reset|Disabled|StateRestore)Callback$|^formAssociated$/;
  const isPublic = (member) =>
    !member.name.startsWith('#') &&
    !['private', 'protected'].includes(member.privacy) &&
    !callbacks.test(member.name);
  return {
    name: 'learning-city/public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // `customElements.define(tag, element)` inside defineElement itself is not an element.
        module.exports = module.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => /^lc-[a-z-]+$/.test(event.name ?? ''));
          }
        }
      }
    },
  };
}

/** Events documented without a type take the one declared in `HTMLElementEventMap` (the single source). */
function eventTypesFromEventMap() {
  const types = new Map();
  return {
    name: 'learning-city/event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          types.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type?.text && types.has(event.name)) event.type = { text: types.get(event.name) };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), publicApiOnly(), eventTypesFromEventMap()],
};
