// `npm run manifest -w @dauys/widgets`: custom-elements.json from the JSDoc on each widget class
// (@summary @slot @csspart @cssproperty @event) and Lit's decorators. Shipped in the package
// (`customElements` field) and read by Storybook's docs pages and by editors.

/** Only the public API: no private or protected members, nothing static (Lit's `styles`). */
function publicApiOnly() {
  return {
    name: 'dauys-public-api-only',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class' || !declaration.members) continue;
        const hidden = new Set(declaration.members.filter((m) => !isPublic(m)).map((m) => m.name));
        declaration.members = declaration.members.filter(isPublic);
        // Lit's @state() fields are internal even though the analyzer lists them as attributes.
        declaration.attributes = declaration.attributes?.filter((a) => !hidden.has(a.fieldName));
      }
    },
  };
}

const isPublic = (member) =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.static &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

/**
 * Widgets register through core's `defineElement('dauys-x', Class)` (it steps aside when the tag
 * is taken), which the analyzer does not know: record each call and give the class its tag.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'dauys-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (tag && ts.isStringLiteralLike(tag) && elementClass && ts.isIdentifier(elementClass)) {
        definitions.push({ tag: tag.text, className: elementClass.text, modulePath: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { tag, className, modulePath } of definitions) {
        const classModule = modules.find((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (!classModule) throw new Error(`custom-elements.json: ${className} (<${tag}>) was not analysed`);
        const declaration = classModule.declarations.find((d) => d.kind === 'class' && d.name === className);
        declaration.tagName = tag;
        declaration.customElement = true;
        const defining = modules.find((m) => m.path === modulePath);
        defining.exports ??= [];
        if (!defining.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          defining.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: classModule.path },
          });
        }
      }
    },
  };
}

/**
 * Elements only: the manifest describes tags for editors and Storybook, not every helper
 * function of the widgets' logic modules (those have their own .d.ts types).
 */
function elementsOnly() {
  return {
    name: 'dauys-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Set();
      for (const module of customElementsManifest.modules) {
        for (const d of module.declarations ?? [])
          if (d.kind === 'class') classes.add(`${module.path}#${d.name}`);
      }
      const isClass = (ref) => ref && classes.has(`${ref.module}#${ref.name}`);
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter((d) => d.kind === 'class');
        module.exports = (module.exports ?? []).filter(
          (e) => e.kind === 'custom-element-definition' || isClass(e.declaration),
        );
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) => module.declarations.length || module.exports.length,
      );
    },
  };
}

/** The package ships dist/ (compiled JS), not src/: point the manifest's paths there. */
function pathsToDist() {
  return {
    name: 'dauys-paths-to-dist',
    packageLinkPhase({ customElementsManifest }) {
      const text = JSON.stringify(customElementsManifest.modules).replace(
        /"(?:\.?\/)?src\/([^"]+)\.(?:ts|js)"/g,
        '"dist/$1.js"',
      );
      customElementsManifest.modules = JSON.parse(text);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/locales/**',
    'src/loader.ts',
    // The core is internal apart from the base classes the widgets extend.
    'src/core/!(dauys-element|dauys-base-element).ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), defineElementCalls(), elementsOnly(), pathsToDist()],
};
