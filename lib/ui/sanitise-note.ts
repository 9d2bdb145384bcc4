import DOMPurify from 'dompurify';
import { NOTE_ATTRIBUTES, NOTE_TAGS } from '../dataset/note-markup.ts';

/**
 * Second line of defence after build-time validation: notes render as HTML only through DOMPurify
 * with a tiny allowlist, so a bad entry can never run code in the extension's context.
 */
export function sanitiseNote(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: NOTE_TAGS,
    ALLOWED_ATTR: NOTE_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
