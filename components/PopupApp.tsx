import type { ComponentChildren } from 'preact';
import type { Dataset, Entry, EntryKind } from '../lib/dataset/types.ts';
import type { AnnotationsResponse } from '../lib/messages.ts';
import { HIGHLIGHT_KINDS, kindInfo } from '../lib/kinds.ts';
import { formatDate } from '../lib/ui/format-date.ts';
import type { Settings } from '../lib/settings.ts';
import { Controls } from './Controls.tsx';
import { EntryDetails } from './EntryDetails.tsx';

/** What the popup knows about the active tab. */
export type PopupState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'ready'; response: AnnotationsResponse };

/** Props for the popup. */
export interface PopupAppProps {
  state: PopupState;
  dataset: Dataset;
  onShow?: (entryId: string) => void;
  /** The reader's switches; the popup shows no controls without them. */
  settings?: Settings;
  host?: string | null;
  onSettings?: (next: Settings) => void;
}

interface Group {
  kind: EntryKind;
  items: { entry: Entry; count: number }[];
}

function group(response: AnnotationsResponse, byId: Map<string, Entry>): Group[] {
  const counts = new Map<string, number>();
  for (const a of response.annotations) counts.set(a.entryId, (counts.get(a.entryId) ?? 0) + 1);
  return HIGHLIGHT_KINDS.map((kind) => ({
    kind,
    items: [...counts]
      .map(([id, count]) => ({ entry: byId.get(id), count }))
      .filter((x): x is { entry: Entry; count: number } => !!x.entry && x.entry.kind === kind),
  })).filter((g) => g.items.length > 0);
}

function Message({ children }: { children: ComponentChildren }) {
  return (
    <p class="message" role="status">
      {children}
    </p>
  );
}

/** The toolbar popup: every annotated term on the page, grouped by kind, each with its note and sources. */
export function PopupApp({ state, dataset, onShow, settings, host = null, onSettings }: PopupAppProps) {
  const byId = new Map(dataset.entries.map((e) => [e.id, e]));
  let body;
  if (state.status === 'loading') body = <Message>Reading this page…</Message>;
  else if (state.status === 'unreachable')
    body = (
      <Message>
        Backstory cannot read this page. Browsers do not let extensions run on some pages (such as the browser’s own
        pages and extension stores); on a news page, reload it and try again.
      </Message>
    );
  else if (state.response.annotations.length === 0)
    body = (
      <Message>
        {state.response.article.found
          ? 'No annotations on this page: the article does not name anything in the Backstory dataset.'
          : 'No annotations on this page: Backstory found no article here.'}
      </Message>
    );
  else {
    const article = state.response.article.opEdId ? byId.get(state.response.article.opEdId) : undefined;
    body = (
      <>
        {article ? (
          <section class="article" aria-labelledby="article-title">
            <h2 id="article-title">This article: {article.label}</h2>
            <EntryDetails entry={article} />
          </section>
        ) : null}
        {group(state.response, byId).map((g) => (
          <section key={g.kind} class={`group kind-${g.kind}`} style={{ '--kind-accent': kindInfo(g.kind).accent }} aria-labelledby={`group-${g.kind}`}>
            <h2 id={`group-${g.kind}`}>{kindInfo(g.kind).group}</h2>
            {g.items.map(({ entry, count }) => (
              <article key={entry.id} class="entry" aria-labelledby={`entry-${entry.id}`}>
                <h3 id={`entry-${entry.id}`}>
                  {onShow ? (
                    <button type="button" class="show" onClick={() => onShow(entry.id)}>
                      {entry.label}
                    </button>
                  ) : (
                    entry.label
                  )}{' '}
                  <span class="count">
                    {count} {count === 1 ? 'mention' : 'mentions'}
                  </span>
                </h3>
                <EntryDetails entry={entry} />
              </article>
            ))}
          </section>
        ))}
      </>
    );
  }
  return (
    <main>
      <h1>Backstory</h1>
      {settings && onSettings ? <Controls settings={settings} host={host} onChange={onSettings} /> : null}
      {body}
      <p class="dataset">
        Dataset {dataset.version}, reviewed {formatDate(dataset.date)}. Notes are bundled with the extension; nothing you
        read leaves your browser.
      </p>
    </main>
  );
}
