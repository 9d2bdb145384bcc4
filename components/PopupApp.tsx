import type { Dataset, Entry } from '../lib/dataset/types.ts';
import type { AnnotationsResponse } from '../lib/messages.ts';
import { formatDate } from '../lib/ui/format-date.ts';
import { figureSummary } from '../lib/ui/figure-summary.ts';
import type { ShortcutRow } from '../lib/ui/shortcuts.ts';
import { groupTerms, kindsIn } from '../lib/ui/term-list.ts';
import { isActiveOn, withSite, type Settings } from '../lib/settings.ts';
import { ArticleOverview } from './ArticleOverview.tsx';
import { Controls } from './Controls.tsx';
import { Message, NotCovered, OffNotice } from './PopupNotices.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { TermList } from './TermList.tsx';

/** What the popup knows about the active tab: still asking, a page extensions cannot run on, or its answer. */
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
  /** The keyboard shortcuts the browser assigned; the keys section is left out without them. */
  shortcuts?: readonly ShortcutRow[];
  /** Opens the browser's shortcut settings, where it has a page for them. */
  onChangeShortcuts?: () => void;
}

/** The body for a tab whose content script answered. */
function Answer({ response, dataset, byId, onShow, host }: {
  response: AnnotationsResponse; dataset: Dataset; byId: Map<string, Entry>; onShow?: (id: string) => void; host: string | null;
}) {
  const groups = groupTerms(response.annotations, byId);
  const article = response.article.opEdId ? byId.get(response.article.opEdId) : undefined;
  const statistics = groups.find((g) => g.kind === 'statistic')?.terms.map((t) => t.entry) ?? [];
  return (
    <>
      <ArticleOverview article={article?.kind === 'article' ? article : undefined} figures={figureSummary(statistics)} />
      <TermList groups={groups} onShow={onShow} dataset={dataset} host={host} />
    </>
  );
}

/**
 * The toolbar popup: first what the article is and where its figures come from, then its terms as
 * compact rows by kind, then settings and keys. States with nothing to list say why, honestly.
 */
export function PopupApp(props: PopupAppProps) {
  const { state, dataset, onShow, settings, host = null, onSettings } = props;
  const byId = new Map(dataset.entries.map((e) => [e.id, e]));
  let body;
  if (state.status === 'loading') body = <Message>Reading this page…</Message>;
  else if (state.status === 'unreachable')
    body = (
      <Message>
        Backstory cannot read this page: browsers let no extension run on their own pages (such as settings, new tabs and
        about: pages) or in extension stores. Open a news article to see its terms.
      </Message>
    );
  else if (settings && onSettings && !settings.enabled)
    body = <OffNotice site={null} onTurnOn={() => onSettings({ ...settings, enabled: true })} />;
  else if (settings && onSettings && host && !isActiveOn(settings, host))
    body = <OffNotice site={host} onTurnOn={() => onSettings(withSite(settings, host, true))} />;
  else if (state.response.annotations.length === 0) {
    const covered = dataset.entries.filter((e) => e.kind === 'article').map((e) => e.label);
    body = <NotCovered covered={covered} kindsHidden={!!settings?.hiddenKinds.length} />;
  } else body = <Answer response={state.response} dataset={dataset} byId={byId} onShow={onShow} host={host} />;
  return (
    <main>
      <h1>Backstory</h1>
      {body}
      {settings && onSettings ? <Controls settings={settings} host={host} onChange={onSettings} kinds={kindsIn(dataset)} /> : null}
      {props.shortcuts ? <Shortcuts rows={props.shortcuts} onChange={props.onChangeShortcuts} /> : null}
      <p class="dataset">
        Dataset {dataset.version}, reviewed {formatDate(dataset.date)}. Notes are bundled with the extension; nothing you
        read leaves your browser.
      </p>
    </main>
  );
}
