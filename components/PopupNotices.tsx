import type { ComponentChildren } from 'preact';

/** A one-paragraph status line for states with nothing to list. */
export function Message({ children }: { children: ComponentChildren }) {
  return (
    <p class="message" role="status">
      {children}
    </p>
  );
}

/** Props for the notice shown while Backstory is switched off. */
export interface OffNoticeProps {
  /** The host switched off, or null when Backstory is off everywhere. */
  site: string | null;
  onTurnOn: () => void;
}

/** Says Backstory is off (everywhere, or on this site) and turns it back on right here. */
export function OffNotice({ site, onTurnOn }: OffNoticeProps) {
  return (
    <div class="notice">
      <p class="message" role="status">
        {site
          ? `Backstory is switched off on ${site}: nothing is highlighted or listed here.`
          : 'Backstory is switched off: nothing is highlighted or listed on any page.'}
      </p>
      <button type="button" class="primary" onClick={onTurnOn}>
        {site ? `Turn on for ${site}` : 'Turn Backstory on'}
      </button>
    </div>
  );
}

/** Props for the notice on pages Backstory does not cover. */
export interface NotCoveredProps {
  /** Titles of the op-eds in the dataset. */
  covered: readonly string[];
  /** True when some kinds are switched off, which may be why nothing is listed. */
  kindsHidden: boolean;
}

/** Says what Backstory covers and that nothing on this page matched. */
export function NotCovered({ covered, kindsHidden }: NotCoveredProps) {
  return (
    <Message>
      Nothing on this page matched Backstory’s notes. It covers the op-ed {covered.map((t) => `“${t}”`).join(' and ')} and articles on
      the same subject.
      {kindsHidden ? ' Some kinds of terms are switched off in Settings below.' : ''}
    </Message>
  );
}
