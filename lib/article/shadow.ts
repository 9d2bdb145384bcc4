/**
 * The shadow root an element hosts, open or closed, or null. A seam: the browser's extension API
 * reads closed roots (entrypoints pass it in); jsdom tests pass `openShadowRoot` or a lookup.
 */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

/** Open shadow roots only: what any script may read. */
export const openShadowRoot: ShadowRootOf = (el) => el.shadowRoot;

/** Elements the gate and finder visit looking for shadow hosts, at most: a bounded cost on any page. */
export const MAX_SHADOW_WALK = 5000;

/**
 * Tags that can host a shadow root (attachShadow's list; custom elements have a hyphen). Every other
 * element is passed by without asking the seam, which in Chromium is an extension API call.
 */
const HOST_TAGS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);

/** True for an element that may host a shadow root. */
export function canHostShadow(el: Element): boolean {
  const tag = el.tagName;
  return tag.includes('-') || HOST_TAGS.has(tag.toUpperCase());
}

/** The host of the shadow root `node` hangs from directly, or null: where a parent chain crosses up. */
export function hostOf(node: Node): Element | null {
  const up = node.parentNode;
  return up && up.nodeType === 11 ? ((up as ShadowRoot).host ?? null) : null;
}

/** The element a node hangs from in the composed tree: its parent element, or its shadow root's host. */
export function parentAcross(node: Node): Element | null {
  return node.parentElement ?? hostOf(node);
}

/**
 * The shadow roots under `doc.body`, nested ones included, in document order of their hosts, from a
 * walk of at most `limit` elements. Only pages that need it call this: the gate when the light DOM
 * has no article but the title names the subject, and the annotator on such pages.
 */
export function shadowRootsIn(doc: Document, shadowRootOf: ShadowRootOf, limit = MAX_SHADOW_WALK): ShadowRoot[] {
  const body = doc.body;
  if (!body) return [];
  const found: ShadowRoot[] = [];
  const own = shadowRootOf(body);
  if (own) found.push(own);
  let visited = 0;
  // Each tree's elements from the browser's own list, indexed (never measured, so a live list stops
  // where reading stops): much cheaper per element than stepping through siblings from script.
  const trees: (Element | ShadowRoot)[] = [body, ...found];
  for (let t = 0; t < trees.length && visited < limit; t++) {
    const tree = trees[t];
    const all = tree === body ? body.getElementsByTagName('*') : tree.querySelectorAll('*');
    for (let i = 0; visited < limit; i++, visited++) {
      const el = all[i];
      if (!el) break;
      const root = canHostShadow(el) ? shadowRootOf(el) : null;
      if (root) {
        found.push(root);
        trees.push(root);
      }
    }
  }
  return found;
}

/** Elements under `body` matching `selector`, then those inside the shadow roots under it. */
export function* queryAcross(body: Element, selector: string, shadowRootOf: ShadowRootOf): Generator<Element> {
  yield* body.querySelectorAll(selector);
  for (const root of shadowRootsIn(body.ownerDocument, shadowRootOf)) yield* root.querySelectorAll(selector);
}

/** The children a walk of the rendered text should enter: a host's shadow tree, a slot's assigned nodes. */
export function renderedChildren(el: Element, shadowRootOf: ShadowRootOf): ArrayLike<Node> | null {
  const root = canHostShadow(el) ? shadowRootOf(el) : null;
  if (root) return root.childNodes;
  if (el.tagName !== 'SLOT' && el.tagName !== 'slot') return null;
  // Flattened: a slot assigned to a slot yields what that one holds; nothing assigned yields the fallback.
  const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
  return assigned.length ? assigned : null;
}

/**
 * The shadow roots holding these ranges, and the roots around those (a nested root's host sits in
 * another root), each once: where our highlight styles must be adopted and carets may be asked for.
 */
export function shadowRootsHolding(ranges: Iterable<Range>): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  let last: Node | null = null;
  for (const range of ranges) {
    // Neighbouring ranges mostly share a text node's parent: one look-up per parent.
    const parent = range.startContainer.parentNode;
    if (parent === last) continue;
    last = parent;
    for (let root = range.startContainer.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; ) {
      if (roots.has(root as ShadowRoot)) break;
      roots.add(root as ShadowRoot);
      root = (root as ShadowRoot).host.getRootNode();
    }
  }
  return [...roots];
}
