/** Markup a note may carry; anything else fails validation (and DOMPurify strips it at render time). */
export const NOTE_TAGS = ['em', 'strong', 'abbr'];
/** Attributes a note's markup may carry. */
export const NOTE_ATTRIBUTES = ['title'];

/** Why a note's markup may not ship (a tag, attribute or entity outside the allowlist), or null. */
export function markupProblems(html: string): string | null {
  for (const tag of html.matchAll(/<\/?([a-zA-Z0-9-]+)([^>]*)>/g)) {
    const name = tag[1].toLowerCase();
    if (!NOTE_TAGS.includes(name)) return `tag <${name}> is not allowed (allowed: ${NOTE_TAGS.join(', ')})`;
    for (const attr of tag[2].matchAll(/([a-zA-Z-]+)\s*=/g)) {
      if (!NOTE_ATTRIBUTES.includes(attr[1].toLowerCase())) return `attribute ${attr[1]} is not allowed`;
    }
  }
  if (/<(?![a-zA-Z/])|&(?!(amp|lt|gt|quot|#39|nbsp);)/.test(html.replace(/<\/?[a-zA-Z][^>]*>/g, ''))) {
    return 'stray "<" or unknown entity';
  }
  return null;
}

