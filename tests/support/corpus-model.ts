// The one place the corpus test and its regenerate script reach into lib/. lib/ is being
// restructured (the test-only buildModel and bundled dataset are moving to tests/support/), so
// every path that may move is named here once: a merge then changes these lines and nothing else.
export { annotateDocument, type AnnotationModel, type PageAnnotation } from '../../lib/annotate/annotate-article';
export { buildModel } from '../../lib/annotate/build-model';
export { findArticleRoot } from '../../lib/article/find-article-root';
export { isHiddenByMarkup } from '../../lib/article/visibility';
export { bundledArticles, bundledDataset } from '../../lib/dataset/bundled';
