import { isActiveOn, withKind, withSite, type Settings } from '../lib/settings.ts';
import { HIGHLIGHT_KINDS, kindInfo, underlineCss, type EntryKind } from '../lib/kinds.ts';

/** Props for the popup's switches. */
export interface ControlsProps {
  settings: Settings;
  /** The active tab's host, or null when the page is not a website. */
  host: string | null;
  onChange: (next: Settings) => void;
  /** The kinds to offer a switch for (those the dataset has); every highlighted kind by default. */
  kinds?: readonly EntryKind[];
}

/** The legend's sample of a kind's highlight on light pages, from the one list of kinds. */
function swatchStyle(kind: EntryKind) {
  const s = kindInfo(kind).light!;
  return { background: s.background, color: s.text, textDecoration: underlineCss(s) };
}

/** The Settings section: global on/off, this site on/off, and one switch per kind that doubles as the colour legend. */
export function Controls({ settings, host, onChange, kinds = HIGHLIGHT_KINDS }: ControlsProps) {
  const siteOn = host ? isActiveOn({ ...settings, enabled: true }, host) : true;
  return (
    <section class="controls" aria-labelledby="controls-title">
      <h2 id="controls-title">Settings</h2>
      <label class="switch">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })} />
        Backstory on
      </label>
      {host ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) => onChange(withSite(settings, host, e.currentTarget.checked))}
          />
          Highlights on {host}
        </label>
      ) : null}
      <fieldset class="legend" disabled={!settings.enabled || !siteOn}>
        <legend>Highlight colours</legend>
        {kinds.map((kind) => (
          <label key={kind} class="kind-toggle">
            <input
              type="checkbox"
              checked={!settings.hiddenKinds.includes(kind)}
              onChange={(e) => onChange(withKind(settings, kind, e.currentTarget.checked))}
            />
            <span class="swatch" style={swatchStyle(kind)} aria-hidden="true">
              Aa
            </span>
            {kindInfo(kind).group}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
