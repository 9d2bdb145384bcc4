import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handoff } from '../../lib/handoff.ts';
import { report } from './report.ts';
import { startAnnotator } from './session.ts';

// Injected by the background only into frames whose gate found an article about the subject.
export default defineUnlistedScript(() => {
  const shared = handoff();
  if (shared.handle) return; // already running in this frame
  try {
    // Torn down when the page goes away; an extension update injects afresh into new pages.
    const controller = new AbortController();
    addEventListener('pagehide', (e) => { if (!(e as PageTransitionEvent).persisted) controller.abort(); });
    startAnnotator(controller.signal);
  } catch (error) {
    report('starting', error);
  }
});
