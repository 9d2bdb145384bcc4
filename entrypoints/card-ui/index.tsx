import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handoff } from '../../lib/handoff.ts';
import { createCardHost } from './card-host.tsx';

// Injected by the background the first time a reader hovers a highlight: Preact, DOMPurify and the
// card component load only then. It hands the card factory to the annotator in the same world.
export default defineUnlistedScript(() => {
  const shared = handoff();
  shared.createCard = createCardHost;
  for (const wake of shared.cardWaiters?.splice(0) ?? []) wake();
});
