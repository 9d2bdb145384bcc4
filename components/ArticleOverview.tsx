import type { Entry } from '../lib/dataset/types.ts';

/** Props for the popup's summary. */
export interface ArticleOverviewProps {
  /** The recognised op-ed's own entry, when the page carries it. */
  article?: Entry;
  /** Where the article's figures come from (lib/ui/figure-summary.ts), or null without statistics. */
  figures: string | null;
}

/** What the article is and where its figures come from: the point of the popup, read first. */
export function ArticleOverview({ article, figures }: ArticleOverviewProps) {
  if (!article && !figures) return null;
  return (
    <section class="article" aria-labelledby="article-title">
      <h2 id="article-title">{article ? `This article: ${article.label}` : 'This article'}</h2>
      {article ? <p class="summary">{article.summary}</p> : null}
      {figures ? (
        <p class="figures">
          <strong>Figures.</strong> {figures}
        </p>
      ) : null}
    </section>
  );
}
