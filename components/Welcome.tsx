import type { ShortcutRow } from '../lib/ui/shortcuts.ts';

/** Props for the first-run page. */
export interface WelcomeProps {
  /** The op-ed's title as the dataset prints it. */
  opEdTitle: string;
  /** The reader's keyboard commands as the browser reports them. */
  shortcuts: readonly ShortcutRow[];
  /** Where this browser lets the reader change the keys, in words. */
  shortcutsPlace: string;
  /** The README's screenshots and the icon, as extension URLs. */
  images: { icon: string; card: string; popup: string };
}

/** One screen after install: what Backstory covers, how to use it, the keyboard path and the privacy promise. */
export function Welcome({ opEdTitle, shortcuts, shortcutsPlace, images }: WelcomeProps) {
  return (
    <div class="welcome">
      <header>
        <img src={images.icon} alt="" width={48} height={48} />
        <div>
          <h1>Backstory is installed</h1>
          <p class="lead">
            Neutral, sourced background on the names, events and figures in what you read about Iran’s executions, from
            notes that ship inside the extension.
          </p>
        </div>
      </header>
      <main>
        <div class="text">
          <section aria-labelledby="covers">
            <h2 id="covers">What it covers</h2>
            <ul>
              <li>
                <strong>The op-ed “{opEdTitle}”</strong>, on any site that carries it, in full or as a teaser: every
                organisation, person, event, campaign, legal term and statistic it names.
              </li>
              <li>
                <strong>Other articles on the same subject</strong>: their names, events, campaigns and legal terms, never
                the op-ed’s own figures.
              </li>
              <li>
                <strong>Every other page</strong>: nothing is highlighted.
              </li>
            </ul>
          </section>
          <section aria-labelledby="use">
            <h2 id="use">How to use it</h2>
            <ul>
              <li>
                <strong>Hover or tap</strong> a highlighted term: a card says what it is, with a short note and sources
                labelled by perspective.
              </li>
              <li>
                <strong>Click the Backstory button</strong> in the toolbar for every term on the page and the switches (in
                Chrome, pin it from the Extensions menu first).
              </li>
            </ul>
          </section>
          <section aria-labelledby="keys">
            <h2 id="keys">Keyboard</h2>
            {shortcuts.length ? (
              <table>
                <tbody>
                  {shortcuts.map((s) => (
                    <tr key={s.name}>
                      <th scope="row">{s.keys ? <kbd>{s.keys}</kbd> : <span class="unset">not set</span>}</th>
                      <td>{s.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>This browser offers no keyboard shortcuts for extensions.</p>
            )}
            <p class="small">
              In a card, <kbd>Tab</kbd> reaches its links and <kbd>Esc</kbd> closes it. Set or change the keys in{' '}
              {shortcutsPlace}.
            </p>
          </section>
          <section aria-labelledby="privacy">
            <h2 id="privacy">Private by design</h2>
            <p>
              Backstory makes <strong>no network requests</strong>: no analytics, no accounts, no remote code. Nothing you
              read leaves your browser; only your switches are stored, on this device.
            </p>
          </section>
        </div>
        <div class="shots">
          <figure class="card">
            <img src={images.card} alt="An open card beside a highlighted figure in the op-ed: the claim, a short note and the figures other monitors give." />
            <figcaption>A card on a highlighted statistic</figcaption>
          </figure>
          <figure class="popup">
            <img src={images.popup} alt="The toolbar popup: switches that double as the colour legend, then the op-ed’s own entry and every term on the page." />
            <figcaption>The toolbar popup</figcaption>
          </figure>
        </div>
      </main>
    </div>
  );
}
